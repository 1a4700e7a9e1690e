// Whether a build can append its new pages to the last full Pagefind index or must index the site
// again, decided from the pages alone (before Pagefind runs).
import { byBytes } from "./format.js";
import { sortValues, type PageRecord } from "./pages.js";

/** What the last full index was built from (see base.ts). */
export interface BaseSummary {
  pages: ReadonlyMap<string, PageRecord>;
  /** Per sort key: the largest value, and whether Pagefind sorted it as numbers (all values numeric). Null: unknown. */
  sorts: Readonly<Record<string, { max: string; numeric: boolean }>> | null;
}

export type Plan =
  | { kind: "full"; reason: string }
  /** `changed`: indexed pages whose HTML differs (their index entries must be checked); `added`: pages to append. */
  | { kind: "append"; changed: string[]; added: string[] };

/**
 * A full re-index when the pages to append exceed this. Appending is exact at any size, but the
 * added pages are re-indexed on every build until the next full index, and their postings go into
 * chunks Pagefind sized for the base: at 2 % (about 100 articles at 5,000) appending still costs a
 * small fraction of a full index, and each search fetches at most 2 % more bytes.
 */
export const appendLimit = (basePages: number) => Math.max(50, Math.ceil(basePages * 0.02));
/**
 * A full re-index when more indexed pages changed than this: each is re-indexed to compare its entry,
 * and a change to a layout or template touches every page anyway.
 */
export const changeLimit = (basePages: number) => Math.max(200, Math.ceil(basePages * 0.1));

/** Pagefind sorts a key as numbers when every value parses as an i32 or f32 (lexical_core's grammar). */
export const isNumeric = (v: string) => /^[+-]?(?:inf(?:inity)?|nan|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)$/iu.test(v);

export function planIndex(base: BaseSummary | null, pages: readonly PageRecord[], verified: ReadonlyMap<string, string>): Plan {
  if (!base) return { kind: "full", reason: "no earlier full index" };
  const current = new Set(pages.map((p) => p.file));
  const removed = [...base.pages.keys()].filter((f) => !current.has(f)).length;
  if (removed > 0) return { kind: "full", reason: `${removed} indexed ${removed === 1 ? "page" : "pages"} removed` };
  const changed: PageRecord[] = [];
  const added: PageRecord[] = [];
  for (const p of pages) {
    const before = base.pages.get(p.file);
    if (!before) added.push(p);
    else if (before.hash !== p.hash && verified.get(p.file) !== p.hash) changed.push(p);
  }
  // A page's sort values and word weights are not in its fragment, so they are compared here.
  const reshaped = changed.filter((p) => p.extras !== base.pages.get(p.file)!.extras).length;
  if (reshaped > 0) return { kind: "full", reason: `${reshaped} indexed ${reshaped === 1 ? "page's" : "pages'"} sort or weight attributes changed` };
  if (added.length > appendLimit(base.pages.size)) return { kind: "full", reason: `${added.length} new pages, more than the ${appendLimit(base.pages.size)} appended before a full index` };
  if (changed.length > changeLimit(base.pages.size)) return { kind: "full", reason: `${changed.length} indexed pages changed` };
  // New pages are appended to each sort order, so each must sort after every indexed page.
  for (const p of added) {
    const values = sortValues(p.extras);
    if (!values || (values.size > 0 && !base.sorts)) return { kind: "full", reason: `${p.file} has sort attributes this cannot place` };
    for (const [key, value] of values) {
      const known = base.sorts![key];
      if (!known) continue;
      if (known.numeric || isNumeric(value) || byBytes(value, known.max) < 0) return { kind: "full", reason: `${p.file} sorts among the indexed pages by ${key}` };
    }
  }
  return { kind: "append", changed: changed.map((p) => p.file), added: added.map((p) => p.file) };
}

/** The summary of sort keys over a full index's pages, as Pagefind orders them; null if one cannot be read. */
export function summariseSorts(pages: readonly PageRecord[]): BaseSummary["sorts"] {
  const out: Record<string, { max: string; numeric: boolean }> = {};
  for (const p of pages) {
    const values = sortValues(p.extras);
    if (!values) return null;
    for (const [key, value] of values) {
      const s = (out[key] ??= { max: value, numeric: true });
      if (byBytes(value, s.max) > 0) s.max = value;
      s.numeric &&= isNumeric(value);
    }
  }
  return out;
}
