// The site's searchable pages as the incremental index sees them: which HTML files Pagefind indexes,
// a digest of each, and the parts of a page that shape its index entry without being in its
// fragment (sort keys and word weights).
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";

export interface PageRecord {
  /** Path inside the site, `/`-separated. */
  file: string;
  hash: string;
  /** Its `data-pagefind-sort` and `data-pagefind-weight` attributes, one per line. */
  extras: string;
  /** Inode, size and modification time: the same value means the file was not rewritten since. */
  stat: string;
}

const BODY = Buffer.from("data-pagefind-body");
const EXTRAS = [Buffer.from('data-pagefind-sort="'), Buffer.from('data-pagefind-weight="')];
const isSpace = (c: number | undefined) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;

/** Whether `at` is inside a tag: the last `<` before it comes after the last `>`. Text can hold neither unescaped. */
function inTag(html: Buffer, at: number): boolean {
  return html.lastIndexOf(0x3c, at) > html.lastIndexOf(0x3e, at);
}

/** The attribute `name` occurs on an element (not merely in text or another attribute's value). */
function* attributes(html: Buffer, name: Buffer): Generator<number> {
  for (let at = html.indexOf(name); at >= 0; at = html.indexOf(name, at + name.length)) {
    if (isSpace(html[at - 1]) && inTag(html, at)) yield at;
  }
}

/** A page's part in the index: whether Pagefind indexes it at all, and what its fragment does not show. */
export function readPage(html: Buffer): { body: boolean; hash: string; extras: string } {
  let body = false;
  for (const at of attributes(html, BODY)) {
    const next = html[at + BODY.length];
    if (isSpace(next) || next === 0x3d || next === 0x3e || next === 0x2f) {
      body = true;
      break;
    }
  }
  const extras: string[] = [];
  for (const name of EXTRAS) {
    for (const at of attributes(html, name)) {
      const end = html.indexOf(0x22, at + name.length);
      extras.push(html.subarray(at, end + 1).toString("utf8"));
    }
  }
  return { body, hash: createHash("sha1").update(html).digest("hex"), extras: extras.join("\n") };
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", apos: "'" };

/**
 * The `key → value` sort values in a page's extras, or null when one is written in a form this does
 * not read (Pagefind also takes a value from the element's text or another attribute).
 */
export function sortValues(extras: string): Map<string, string> | null {
  const out = new Map<string, string>();
  for (const line of extras.split("\n")) {
    const m = /^data-pagefind-sort="([^"]*)"$/u.exec(line);
    if (!m) continue;
    const raw = m[1]!.replace(/&(amp|lt|gt|quot|#39|apos);/gu, (_, e: string) => ENTITIES[e]!);
    const colon = raw.indexOf(":");
    if (colon <= 0 || raw.includes("[")) return null;
    out.set(raw.slice(0, colon), raw.slice(colon + 1));
  }
  return out;
}

/**
 * Every HTML page under `site` that Pagefind would index (it has `data-pagefind-body`), except the
 * bundle's own folder. A file whose inode, size and time match `known`'s record is not read again:
 * the build hard-links unchanged pages from its render cache, so they keep their inode.
 */
export function scanSite(dir: string, known: ReadonlyMap<string, PageRecord> = new Map()): PageRecord[] {
  const site = path.resolve(dir);
  const out: PageRecord[] = [];
  for (const e of readdirSync(site, { recursive: true, withFileTypes: true })) {
    if (!e.isFile() || !e.name.endsWith(".html")) continue;
    const full = path.join(e.parentPath, e.name);
    const file = full.slice(site.length + 1).split(path.sep).join("/");
    if (file.startsWith("pagefind/")) continue;
    const s = statSync(full, { bigint: true });
    const stat = `${s.ino}:${s.size}:${s.mtimeNs}`;
    const previous = known.get(file);
    if (previous?.stat === stat) {
      out.push(previous);
      continue;
    }
    const page = readPage(readFileSync(full));
    if (page.body) out.push({ file, hash: page.hash, extras: page.extras, stat });
  }
  return out.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}
