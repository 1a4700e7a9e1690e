import iconv from "iconv-lite";

/**
 * Bytes → text, for files from wires, scrapers and e-mail. The policy (README, "Bad input"): UTF-8 is
 * read as is; UTF-16 (with a byte-order mark, or plainly UTF-16 without one) is decoded; anything else
 * that is not valid UTF-8 is read as Windows-1252, the superset of Latin-1 that old newsroom systems
 * write, with a warning (Node 20's TextDecoder reads that label as plain Latin-1 and loses “”, € and
 * —, hence iconv-lite); a file that is mostly control bytes, or starts like a known binary format,
 * is not text and is refused.
 */
export type Decoded = { ok: true; text: string; warnings: string[] } | { ok: false; reason: string };

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Signatures of formats that get dropped into a text folder by mistake. */
const SIGNATURES: readonly [string, readonly number[]][] = [
  ["a PDF document", [0x25, 0x50, 0x44, 0x46, 0x2d]],
  ["a ZIP archive or Office document", [0x50, 0x4b, 0x03, 0x04]],
  ["a PNG image", [0x89, 0x50, 0x4e, 0x47]],
  ["a GIF image", [0x47, 0x49, 0x46, 0x38]],
  ["a JPEG image", [0xff, 0xd8, 0xff]],
  ["a gzip archive", [0x1f, 0x8b]],
  ["an old Word or Excel document", [0xd0, 0xcf, 0x11, 0xe0]],
  ["a program (ELF)", [0x7f, 0x45, 0x4c, 0x46]],
];

const SAMPLE = 64 * 1024;
/** Share of control bytes above which a file is binary. Text with a few stray NULs stays well below. */
const BINARY_SHARE = 0.05;
/** …and at least this many, so a one-line note with two stray NULs is still text. */
const BINARY_MIN = 8;

/** A control byte no text file has on purpose (tab, line breaks, form feed and escape are allowed). */
function isControl(b: number): boolean {
  return b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x0b && b !== 0x1b;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

/**
 * UTF-16 without a byte-order mark: ASCII-range text then has a NUL in every other byte. Returns the
 * encoding when one byte position is mostly NUL and the other hardly ever is.
 */
function bomlessUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > 0.7 * pairs && evenNul < 0.05 * pairs) return "utf-16le";
  if (evenNul > 0.7 * pairs && oddNul < 0.05 * pairs) return "utf-16be";
  return null;
}

function binaryKind(bytes: Uint8Array): string | null {
  for (const [kind, sig] of SIGNATURES) if (startsWith(bytes, sig)) return kind;
  const n = Math.min(bytes.length, SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) if (isControl(bytes[i]!)) controls++;
  return controls >= BINARY_MIN && controls > BINARY_SHARE * n ? `a binary file (${Math.round((100 * controls) / n)}% control bytes)` : null;
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: "is empty (0 bytes)" };
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding = bytes[0] === 0xff ? "utf-16le" : "utf-16be";
    // The decoder drops the byte-order mark itself; broken surrogate pairs become U+FFFD.
    return { ok: true, text: new TextDecoder(encoding).decode(bytes), warnings: [`was saved as ${encoding.toUpperCase()}; read it as such (save articles as UTF-8)`] };
  }
  const utf16 = bomlessUtf16(bytes);
  if (utf16) return { ok: true, text: new TextDecoder(utf16).decode(bytes), warnings: [`looks like ${utf16.toUpperCase()} without a byte-order mark; read it as such (save articles as UTF-8)`] };
  const binary = binaryKind(bytes);
  if (binary) return { ok: false, reason: `is not text: it looks like ${binary}` };
  try {
    return { ok: true, text: utf8.decode(bytes), warnings: [] };
  } catch {
    return { ok: true, text: iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), "win1252"), warnings: ["is not valid UTF-8; read it as Windows-1252 (Latin-1), so check its accented letters and symbols (save articles as UTF-8)"] };
  }
}
