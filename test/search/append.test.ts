// Appending new pages to a full Pagefind index (transforms/search/) must search exactly as
// Pagefind's own index of all the pages does: the same results with the same scores (BM25 over the
// whole site), the same filter counts, the same date order. A synthetic site large enough for several
// index chunks, with the awkward cases: words before the first and after the last indexed word,
// diacritic variants, new filter values and a new filter, metadata fields, weights.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { indexSite, type IndexReport } from "../../transforms/search/index.js";
import { chunkRanges, chunkWords } from "../../transforms/search/chunks.js";
import { inflate, parseEntry, unpack, type MetaFile } from "../../transforms/search/format.js";
import { normalised, searchSite } from "../helpers/search.js";

const SYLLABLES = ["ka", "lo", "mi", "ra", "te", "su", "vo", "ne", "pi", "da", "zu", "ge"];

/** A deterministic pseudo-random sequence (a linear congruential generator). */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

const rnd = random(7);
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
const VOCAB = Array.from({ length: 2500 }, () => Array.from({ length: 2 + Math.floor(rnd() * 3) }, () => pick(SYLLABLES)).join(""));

interface PageSpec {
  name: string;
  date: string;
  tag: string;
  extra?: string;
  /** A filter only the added pages have. */
  mood?: string;
}

function page(p: PageSpec): string {
  const words = Array.from({ length: 250 }, () => pick(VOCAB)).join(" ");
  return `<!doctype html><html lang="en"><head><title>${p.name}</title></head><body><nav>Site menu ${p.name}</nav>
<main data-pagefind-body data-pagefind-filter="kind:page" data-pagefind-meta="kind:page" data-pagefind-sort="date:${p.date}">
<h1>${p.name}</h1><p data-pagefind-filter="tag">${p.tag}</p>${p.mood ? `<p data-pagefind-filter="mood">${p.mood}</p>` : ""}
<p data-pagefind-weight="5">${p.extra ?? ""}</p><p>${words}</p><aside data-pagefind-ignore>Counted ${p.name.length} times</aside></main></body></html>`;
}

const day = (n: number) => new Date(Date.UTC(2020, 0, 1 + n)).toISOString().slice(0, 10);
const BASE: PageSpec[] = Array.from({ length: 150 }, (_, i) => ({
  name: `Page ${pick(VOCAB)} ${i}`,
  date: day(i),
  tag: pick(["red", "green", "blue"]),
  extra: i === 3 ? "café naïve" : i === 4 ? "cafe" : "",
}));
const ADDED: PageSpec[] = [
  { name: "Aaardvark arrives", date: day(400), tag: "red", extra: "aaaaardvark café", mood: "calm" },
  { name: "Zzyzx road", date: day(401), tag: "purple", extra: "zzzzyzx naïve", mood: "calm" },
  { name: "Middle things", date: day(402), tag: "green", extra: "kalomira mid-word novelword", mood: "stormy" },
];

describe("appending pages to a Pagefind index", () => {
  let root: string;
  const write = (site: string, specs: readonly PageSpec[]) => {
    specs.forEach((p, i) => {
      const dir = path.join(site, "pages", p.name.replace(/\W+/gu, "-").toLowerCase() + `-${i}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, "index.html"), page(p));
    });
  };
  let appended: IndexReport;
  let boundary = "";
  let lowered = "";
  const site = () => path.join(root, "site");
  const cold = () => path.join(root, "cold");

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), "dossier-append-"));
    write(site(), BASE);
    const first = await indexSite(site(), { cacheDir: path.join(root, "cache") });
    expect(first.mode).toBe("full");
    rmSync(path.join(site(), "pagefind"), { recursive: true });
    // Words between two chunks: one sharing the boundary words' common prefix and sorting between
    // them (it must become the second chunk's first word, moving its range), and the second
    // chunk's first word with its last letter lowered (which must not split the prefix group).
    const { bounds } = JSON.parse(readFileSync(path.join(root, "cache/base.json"), "utf8")) as { bounds: { first: string; last: string }[] };
    for (let i = 1; i < bounds.length && !boundary; i++) {
      const [a, b] = [bounds[i - 1]!.last, bounds[i]!.first];
      let n = 0;
      while (a[n] === b[n]) n++;
      const x = String.fromCharCode((a.charCodeAt(n) || 96) + 1);
      if (x < b[n]!) [boundary, lowered] = [`${a.slice(0, n)}${x}z`, b.slice(0, -1) + String.fromCharCode(b.charCodeAt(b.length - 1) - 1)];
    }
    expect(boundary).not.toBe("");
    ADDED[2]!.extra += ` ${boundary} ${lowered}`;
    const added = path.join(root, "added");
    write(added, ADDED);
    cpSync(path.join(added, "pages"), path.join(site(), "pages", "zz-added"), { recursive: true });
    appended = await indexSite(site(), { cacheDir: path.join(root, "cache") });
    // The same pages indexed from scratch, for comparison.
    cpSync(path.join(site(), "pages"), path.join(cold(), "pages"), { recursive: true });
    await indexSite(cold(), { cacheDir: path.join(root, "cold-cache") });
  }, 60_000);
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it("appends the new pages to an index of several chunks", () => {
    expect(appended).toEqual({ mode: "append", pages: BASE.length + ADDED.length, changed: 0, added: ADDED.length });
    expect(readdirSync(path.join(cold(), "pagefind/index")).length).toBeGreaterThan(3);
  });

  it("gives each chunk the range Pagefind computes from its first and last word (so prefix searches load it)", () => {
    const ranges = (bundle: string) => {
      const entry = parseEntry(readFileSync(path.join(bundle, "pagefind-entry.json")));
      const meta = unpack<MetaFile>("meta", readFileSync(path.join(bundle, `pagefind.${entry.languages.en!.hash}.pf_meta`)));
      const bounds = meta[2].map(([, , hash]) => chunkWords(inflate(hash, readFileSync(path.join(bundle, "index", `${hash}.pf_index`)))));
      return { stored: meta[2].map(([from, to]) => [from, to]), computed: chunkRanges(bounds), first: bounds[0]!.first, last: bounds.at(-1)!.last };
    };
    const own = ranges(path.join(cold(), "pagefind"));
    expect(own.computed).toEqual(own.stored);
    const merged = ranges(path.join(site(), "pagefind"));
    expect(merged.stored).toEqual(merged.computed);
    expect([merged.first, merged.last]).toEqual([own.first, own.last]);
  });

  it("ranks, counts and filters exactly as an index of all the pages does", async () => {
    const terms = [boundary, boundary.slice(0, -1), lowered, lowered.slice(0, -1), "aaaaardvark", "aa", "zzzzyzx", "zz", "novelword", "kalomira", "café", "cafe", "naïve", "mid", "page", VOCAB[0]!, VOCAB[1]!, `${VOCAB[2]} ${VOCAB[3]}`, "road"];
    const queries = terms.flatMap((term) => [{ term }, { term, options: { filters: { tag: "red" } } }, { term, options: { filters: { mood: "calm" } } }]);
    const [got, want] = await Promise.all([searchSite(site(), queries), searchSite(cold(), queries)]);
    expect(want.filter((r) => r.hits.length > 0).length).toBeGreaterThan(queries.length / 2);
    queries.forEach((q, i) => expect(normalised(got[i]!), JSON.stringify(q)).toEqual(normalised(want[i]!)));
  });

  it("orders by date, newest and oldest first, as an index of all the pages does", async () => {
    const queries = ["page", "road", pick(VOCAB)].flatMap((term) => [{ term, options: { sort: { date: "desc" } } }, { term, options: { sort: { date: "asc" } } }]);
    const [got, want] = await Promise.all([searchSite(site(), queries), searchSite(cold(), queries)]);
    queries.forEach((q, i) => expect(got[i]!.hits.map((h) => h.url), JSON.stringify(q)).toEqual(want[i]!.hits.map((h) => h.url)));
    expect(got[0]!.hits[0]!.url).toMatch(/middle-things/);
  });

  it("indexes in full when a new page sorts among the indexed ones, or the kept index has lost a file", async () => {
    const cache = path.join(root, "cache");
    rmSync(path.join(site(), "pagefind"), { recursive: true });
    write(path.join(root, "older"), [{ name: "Backdated", date: day(10), tag: "red" }]);
    cpSync(path.join(root, "older/pages"), path.join(site(), "pages/zz-older"), { recursive: true });
    const backdated = await indexSite(site(), { cacheDir: cache });
    expect(backdated).toMatchObject({ mode: "full", reason: expect.stringMatching(/sorts among the indexed pages by date/) });

    rmSync(path.join(site(), "pagefind"), { recursive: true });
    const fragment = readdirSync(path.join(cache, "base/fragment"))[0]!;
    rmSync(path.join(cache, "base/fragment", fragment));
    write(path.join(root, "newer"), [{ name: "Later still", date: day(500), tag: "red" }]);
    cpSync(path.join(root, "newer/pages"), path.join(site(), "pages/zz-newer"), { recursive: true });
    expect(await indexSite(site(), { cacheDir: cache })).toMatchObject({ mode: "full", reason: "the kept full index has lost files" });
    expect(readdirSync(path.join(site(), "pagefind/fragment"))).toContain(fragment);
  });
});
