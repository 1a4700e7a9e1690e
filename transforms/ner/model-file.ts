import { gunzipSync, gzipSync } from "node:zlib";
import type { WordClusters } from "./clusters.js";

/** Everything the recogniser needs besides code, stored as one gzip file. */
export interface ModelData {
  bits: number;
  weights: Float32Array;
  wordFlags: Map<string, number>;
  clusters?: WordClusters;
  meta: Record<string, string | number>;
}

interface Header {
  format: "dossier-ner/1";
  bits: number;
  numWeights: number;
  scale: number;
  casing: Record<string, string>;
  /** Fine cluster id → its words joined by newlines, and each fine id's coarse id. */
  clusters?: { words: Record<string, string>; coarseOf: number[] };
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
  const header: Header = { format: "dossier-ner/1", bits: m.bits, numWeights: q.length, scale, casing: groupByValue(m.wordFlags), meta: m.meta };
  if (m.clusters) header.clusters = { words: groupByValue(m.clusters.fine), coarseOf: m.clusters.coarseOf };
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
  const data: ModelData = { bits: header.bits, weights, wordFlags: ungroup(header.casing), meta: header.meta };
  if (header.clusters) data.clusters = { fine: ungroup(header.clusters.words), coarseOf: header.clusters.coarseOf };
  return data;
}

/** A word → number map as number → the words with it, sorted and newline-joined: compact and gzip-friendly. */
function groupByValue(map: ReadonlyMap<string, number>): Record<string, string> {
  const groups: Record<string, string[]> = {};
  for (const [word, value] of [...map].sort((a, b) => (a[0] < b[0] ? -1 : 1))) (groups[String(value)] ??= []).push(word);
  const out: Record<string, string> = {};
  for (const [value, words] of Object.entries(groups)) out[value] = words.join("\n");
  return out;
}

function ungroup(groups: Record<string, string>): Map<string, number> {
  const map = new Map<string, number>();
  for (const [value, words] of Object.entries(groups)) for (const w of words.split("\n")) map.set(w, Number(value));
  return map;
}
