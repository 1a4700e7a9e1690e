// Pagefind's word index chunks, read and extended at the byte level. A chunk is
//   [ [ [word, [posting…], [[variant form, [posting…]]…]] … ] ]
// where a posting is [page number delta, [weighted locations…], [meta locations…]] and page numbers
// are delta-encoded along each word's list (pagefind_web/src/index.rs). Appending pages to a 15,000-
// page index touches most chunks (one article has words all over the alphabet); decoding them into
// objects and encoding them back takes seconds, while copying the untouched bytes and splicing in the
// new postings takes a fraction of that.
import { encode } from "cborg";
import { byBytes } from "./format.js";

const ARRAY = 4;
const TEXT = 3;

/** A cursor over CBOR as minicbor writes it (definite lengths only). */
class Reader {
  pos = 0;
  major = 0;
  arg = 0;
  constructor(private readonly bytes: Uint8Array) {}

  /** Reads an item's head into `major` and `arg`. */
  head(): void {
    const b = this.bytes;
    const first = b[this.pos++]!;
    this.major = first >> 5;
    const info = first & 31;
    if (info < 24) this.arg = info;
    else if (info === 24) this.arg = b[this.pos++]!;
    else if (info === 25) {
      this.arg = (b[this.pos]! << 8) | b[this.pos + 1]!;
      this.pos += 2;
    } else if (info === 26) {
      this.arg = ((b[this.pos]! << 24) >>> 0) + ((b[this.pos + 1]! << 16) | (b[this.pos + 2]! << 8) | b[this.pos + 3]!);
      this.pos += 4;
    } else if (info === 27) {
      let v = 0;
      for (let i = 0; i < 8; i++) v = v * 256 + b[this.pos + i]!;
      this.arg = v;
      this.pos += 8;
    } else throw new Error(`unsupported CBOR item (0x${first.toString(16)}) at byte ${this.pos - 1}`);
  }

  expect(major: number, what: string): number {
    this.head();
    if (this.major !== major) throw new Error(`expected ${what} at byte ${this.pos}`);
    return this.arg;
  }

  /** Skips `count` items, however nested (a loop, not recursion: postings are millions of small items). */
  skip(count = 1): void {
    for (let pending = count; pending > 0; pending--) {
      this.head();
      if (this.major === 2 || this.major === TEXT) this.pos += this.arg;
      else if (this.major === ARRAY) pending += this.arg;
      else if (this.major === 5) pending += this.arg * 2;
      else if (this.major === 6) pending += 1;
    }
  }

  text(): Uint8Array {
    const length = this.expect(TEXT, "a word");
    const out = this.bytes.subarray(this.pos, this.pos + length);
    this.pos += length;
    return out;
  }

  /** Skips a posting list, returning the last (absolute) page number in it, or -1 for an empty list. */
  postings(): number {
    let page = -1;
    let cumulative = 0;
    for (let n = this.expect(ARRAY, "postings"); n > 0; n--) {
      const fields = this.expect(ARRAY, "a posting");
      cumulative += this.expect(0, "a page number");
      page = cumulative;
      this.skip(fields - 1);
    }
    return page;
  }
}

function head(major: number, n: number): Uint8Array {
  if (n < 24) return Uint8Array.of((major << 5) | n);
  if (n < 0x100) return Uint8Array.of((major << 5) | 24, n);
  if (n < 0x10000) return Uint8Array.of((major << 5) | 25, n >> 8, n & 0xff);
  if (n < 0x100000000) return Uint8Array.of((major << 5) | 26, n >>> 24, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
  throw new Error(`CBOR length ${n} is too large`);
}

/** One page's occurrences of a word: its absolute page number and its encoded location arrays. */
export interface Posting {
  page: number;
  /** The encoded `[weighted locations…]` and `[meta locations…]` that follow the page number. */
  locations: Uint8Array;
}

/** A word's postings to add to the index, in page order, all after every page already there. */
export interface WordPostings {
  word: string;
  pages: Posting[];
  variants: { form: string; pages: Posting[] }[];
}

export function encodeLocations(locs: readonly number[], metaLocs: readonly number[]): Uint8Array {
  return Buffer.concat([encode(locs), encode(metaLocs)]);
}

/** Encodes postings delta-coded from `after`, the last page number already in the list (-1: none). */
function encodePostings(pages: readonly Posting[], after: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  let last = Math.max(after, 0);
  for (const p of pages) {
    if (p.page <= after || p.page < last) throw new Error(`page ${p.page} is not after the word's pages (${after})`);
    out.push(head(ARRAY, 3), head(0, p.page - last), p.locations);
    last = p.page;
  }
  return out;
}

function encodeWord(w: WordPostings): Uint8Array[] {
  const out: Uint8Array[] = [head(ARRAY, 3), encode(w.word), head(ARRAY, w.pages.length), ...encodePostings(w.pages, -1), head(ARRAY, w.variants.length)];
  for (const v of w.variants) out.push(head(ARRAY, 2), encode(v.form), head(ARRAY, v.pages.length), ...encodePostings(v.pages, -1));
  return out;
}

/** The postings list at `r` with `pages` (all after its last page) added at its end, as bytes to write; `r` ends past the list. */
function extendPostings(r: Reader, cbor: Uint8Array, pages: readonly Posting[]): Uint8Array[] {
  const listHead = r.pos;
  const count = r.expect(ARRAY, "postings");
  const items = r.pos;
  r.pos = listHead;
  const last = r.postings();
  return [head(ARRAY, count + pages.length), cbor.subarray(items, r.pos), ...encodePostings(pages, last)];
}

export interface ChunkWords {
  /** The first and last word, for the chunk's range in the metadata; empty for an empty chunk. */
  first: string;
  last: string;
  words: number;
}

/** The first and last word of a chunk's CBOR. */
export function chunkWords(cbor: Uint8Array): ChunkWords {
  const r = new Reader(cbor);
  r.expect(ARRAY, "the chunk");
  const count = r.expect(ARRAY, "the word list");
  let first = "";
  let last = "";
  for (let i = 0; i < count; i++) {
    const fields = r.expect(ARRAY, "a word");
    const word = Buffer.from(r.text()).toString("utf8");
    if (i === 0) first = word;
    last = word;
    r.skip(fields - 1);
  }
  return { first, last, words: count };
}

const decodeText = (bytes: Uint8Array) => Buffer.from(bytes).toString("utf8");

/**
 * Adds `additions` (sorted by word, Pagefind's byte order) to a chunk: postings are appended to the
 * words already there, variant forms matched by name, and new words inserted in order. Untouched
 * words are copied byte for byte. Returns the new CBOR and its first and last word.
 */
export function spliceChunk(cbor: Uint8Array, additions: readonly WordPostings[]): { cbor: Uint8Array } & ChunkWords {
  const r = new Reader(cbor);
  r.expect(ARRAY, "the chunk");
  const count = r.expect(ARRAY, "the word list");
  const parts: Uint8Array[] = [];
  const words: string[] = [];
  let next = 0;
  const insertBefore = (word: string | null) => {
    while (next < additions.length && (word === null || byBytes(additions[next]!.word, word) < 0)) {
      parts.push(...encodeWord(additions[next]!));
      words.push(additions[next]!.word);
      next++;
    }
  };
  for (let i = 0; i < count; i++) {
    const start = r.pos;
    const fields = r.expect(ARRAY, "a word");
    if (fields !== 3) throw new Error(`a word entry has ${fields} fields, not 3 (an older Pagefind index)`);
    const word = decodeText(r.text());
    insertBefore(word);
    words.push(word);
    const add = next < additions.length && additions[next]!.word === word ? additions[next++]! : null;
    if (!add) {
      r.skip(2);
      parts.push(cbor.subarray(start, r.pos));
      continue;
    }
    parts.push(cbor.subarray(start, r.pos));
    // The word's own postings, then the new ones.
    parts.push(...extendPostings(r, cbor, add.pages));
    // Its variant forms: matched ones extended, new ones after them.
    const variantCount = r.expect(ARRAY, "variants");
    const variantParts: Uint8Array[] = [];
    const matched = new Set<string>();
    for (let v = 0; v < variantCount; v++) {
      const vStart = r.pos;
      r.expect(ARRAY, "a variant");
      const form = decodeText(r.text());
      const extra = add.variants.find((x) => x.form === form);
      if (!extra) {
        r.skip();
        variantParts.push(cbor.subarray(vStart, r.pos));
        continue;
      }
      matched.add(form);
      variantParts.push(cbor.subarray(vStart, r.pos));
      variantParts.push(...extendPostings(r, cbor, extra.pages));
    }
    const fresh = add.variants.filter((x) => !matched.has(x.form));
    parts.push(head(ARRAY, variantCount + fresh.length), ...variantParts);
    for (const v of fresh) parts.push(head(ARRAY, 2), encode(v.form), head(ARRAY, v.pages.length), ...encodePostings(v.pages, -1));
  }
  insertBefore(null);
  if (r.pos !== cbor.length) throw new Error(`the chunk has ${cbor.length - r.pos} bytes after its words`);
  const out = Buffer.concat([head(ARRAY, 1), head(ARRAY, words.length), ...parts]);
  return { cbor: out, first: words[0] ?? "", last: words.at(-1) ?? "", words: words.length };
}

/** Pagefind's `get_prefixes`: the shortest distinct prefixes of two neighbouring words, in characters. */
function prefixes(a: string, b: string): [string, string] {
  const ac = [...a];
  const bc = [...b];
  let common = 0;
  while (common < ac.length && common < bc.length && ac[common] === bc[common]) common++;
  return [ac.slice(0, common + 1).join(""), bc.slice(0, common + 1).join("")];
}

/**
 * The `[from, to]` range of each chunk in the metadata, as Pagefind's `chunk_meta` computes it from
 * the chunks' first and last words: neighbouring bounds are cut to their shortest distinct prefixes,
 * which is what lets a search for a prefix find the chunks holding its completions.
 */
export function chunkRanges(bounds: readonly { first: string; last: string }[]): [string, string][] {
  const out = bounds.map((b) => [b.first, b.last] as [string, string]);
  for (let i = 0; i + 1 < out.length; i++) {
    const [a, b] = prefixes(out[i]![1], out[i + 1]![0]);
    if (byBytes(a, out[i]![0]) >= 0) out[i]![1] = a;
    out[i + 1]![0] = b;
  }
  return out;
}
