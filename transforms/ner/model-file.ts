import { gunzipSync, gzipSync } from "node:zlib";

/** Everything the recogniser needs besides code, stored as one gzip file. */
export interface ModelData {
  bits: number;
  weights: Float32Array;
  wordFlags: Map<string, number>;
  meta: Record<string, string | number>;
}

interface Header {
  format: "dossier-ner/1";
  bits: number;
  numWeights: number;
  scale: number;
  casing: Record<string, string>;
  meta: Record<string, string | number>;
}

/**
 * Weights are quantised to int16 with one global scale: averaged perceptron
 * weights span a small dynamic range and exact-span F1 does not move at this precision,
 * while the file shrinks to a quarter.
 */
export function encodeModel(m: ModelData): Buffer {
  let max = 0;
  for (const w of m.weights) max = Math.max(max, Math.abs(w));
  const scale = max === 0 ? 1 : max / 32767;
  const q = new Int16Array(m.weights.length);
  for (let i = 0; i < q.length; i++) q[i] = Math.round(m.weights[i]! / scale);
  const byClass: Record<string, string[]> = {};
  for (const [word, cls] of [...m.wordFlags].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    (byClass[String(cls)] ??= []).push(word);
  }
  const casing: Record<string, string> = {};
  for (const [cls, words] of Object.entries(byClass)) casing[cls] = words.join("\n");
  const header: Header = { format: "dossier-ner/1", bits: m.bits, numWeights: q.length, scale, casing, meta: m.meta };
  const headerBytes = Buffer.from(JSON.stringify(header), "utf8");
  const len = Buffer.alloc(4);
  len.writeUInt32LE(headerBytes.length, 0);
  const body = Buffer.from(q.buffer, q.byteOffset, q.byteLength);
  return gzipSync(Buffer.concat([len, headerBytes, body]), { level: 9 });
}

export function decodeModel(file: Buffer): ModelData {
  const raw = gunzipSync(file);
  const headerLen = raw.readUInt32LE(0);
  const header = JSON.parse(raw.subarray(4, 4 + headerLen).toString("utf8")) as Header;
  if (header.format !== "dossier-ner/1") throw new Error(`unknown NER model format ${String(header.format)}`);
  const offset = 4 + headerLen;
  // Copy into an aligned buffer: the gunzip output offset need not be 2-byte aligned.
  const q = new Int16Array(header.numWeights);
  new Uint8Array(q.buffer).set(raw.subarray(offset, offset + q.byteLength));
  const weights = new Float32Array(q.length);
  for (let i = 0; i < q.length; i++) weights[i] = q[i]! * header.scale;
  const casing = new Map<string, number>();
  for (const [cls, words] of Object.entries(header.casing)) {
    for (const w of words.split("\n")) casing.set(w, Number(cls));
  }
  return { bits: header.bits, weights, wordFlags: casing, meta: header.meta };
}
