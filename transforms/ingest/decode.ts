const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/**
 * Bytes → text. A BOM is dropped (the `annotate` contract indexes the text without it); invalid UTF-8
 * throws rather than being silently replaced, so a mis-encoded file is reported, not published as mojibake.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new Error("is not valid UTF-8 text (re-save it as UTF-8)");
  }
  if (text.includes("\u0000")) throw new Error("contains NUL bytes; it looks like a binary file, not text");
  return text;
}
