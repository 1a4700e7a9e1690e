// A build reuses the pages whose inputs did not change (scripts/lib/render-site.ts) and appends new
// pages to the last full search index (transforms/search/index.ts). Reuse must be invisible: every
// page and asset is byte for byte the one a cold build makes, and the search index, though its files
// differ (pages are numbered in another order), answers every search as the cold build's does.
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeProject, ROOT, type Project } from "../helpers/project.js";
import { normalised, searchSite } from "../helpers/search.js";
import { treeHashes } from "../helpers/tree.js";

const ADDED = readFileSync(path.join(ROOT, "test/fixtures/news-gold/texts/wikinews_2020_002.txt"), "utf8");
const reusedOf = (stderr: string) => Number(/(\d+) reused/.exec(stderr)?.[1] ?? NaN);
const renderedOf = (stderr: string) => Number(/(\d+) pages rendered/.exec(stderr)?.[1] ?? NaN);

describe("incremental build", () => {
  let project: Project;
  let original: Map<string, string>;
  const site = () => path.join(project.dir, "_site");
  const build = async () => {
    const r = await project.run("build");
    expect(r.status, r.stderr).toBe(0);
    return r.stderr;
  };

  beforeAll(async () => {
    project = makeProject();
    await build();
    original = treeHashes(site());
  });
  afterAll(() => project.cleanup());

  it("after adding an article, re-renders only some pages, appends to the search index, and matches a cold build", async () => {
    project.write("content/raw/added.txt", ADDED);
    const log = await build();
    expect(reusedOf(log)).toBeGreaterThan(0);
    expect(log).toMatch(/✓ pagefind: appended [1-9]\d* new pages? to the full index of [\d,]+; [1-9]\d* changed pages? indexe?s? as before/);
    const incremental = treeHashes(site());

    const cold = makeProject();
    try {
      cold.write("content/raw/added.txt", ADDED);
      const r = await cold.run("build");
      expect(r.status, r.stderr).toBe(0);
      expect(reusedOf(r.stderr)).toBe(0);
      const expected = treeHashes(path.join(cold.dir, "_site"));
      // Pages, assets, feeds, Pagefind's scripts and its fragments (named by their content, so the
      // same names mean the same search records) are identical; the index and metadata are not.
      const same = (f: string) => !f.startsWith("pagefind/") || f.startsWith("pagefind/fragment/") || !/\.pf_\w+$|pagefind-entry\.json$/.test(f);
      expect([...incremental.keys()].filter(same)).toEqual([...expected.keys()].filter(same));
      for (const [file, hash] of incremental) if (same(file)) expect(hash, file).toBe(expected.get(file));

      const terms = ["Soleimani", "Qasem Soleimani", "airstrike", "Baghdad", "Muhand", "Trump", "United States", "Witkoff", "Qatar", "Hamas", "the"];
      const queries = terms.flatMap((term) => [{ term }, { term, options: { filters: { kind: ["briefing"] } } }, { term, options: { sort: { date: "desc" } } }]);
      const [got, want] = await Promise.all([searchSite(site(), queries), searchSite(path.join(cold.dir, "_site"), queries)]);
      expect(got[0]!.hits.some((h) => h.url.includes("/entities/qasem-soleimani/"))).toBe(true);
      queries.forEach((q, i) => {
        // Sorted by date, pages of the same date may come in either order; their scores are positions.
        if (q.options?.sort) expect(got[i]!.hits.map((h) => h.url).sort(), q.term).toEqual(want[i]!.hits.map((h) => h.url).sort());
        else expect(normalised(got[i]!), JSON.stringify(q)).toEqual(normalised(want[i]!));
      });
    } finally {
      cold.cleanup();
    }
  });

  it("after deleting that article, its page is gone and the site is the original one again, plus redirects for the entity pages it brought", async () => {
    const page = [...treeHashes(site()).keys()].find((f) => f.startsWith("briefings/") && !original.has(f));
    expect(page).toBeDefined();
    project.remove("content/raw/added.txt");
    // The last full index was made before the article was added: it is the index again, as it was.
    expect(await build()).toMatch(/✓ pagefind: appended 0 new pages to the full index/);
    expect(existsSync(path.join(site(), page!))).toBe(false);
    const now = treeHashes(site());
    // The entity pages only that article named were published, so their URLs keep answering: with a
    // redirect page each and a `_redirects` rule. Everything else is as it was.
    const redirects = [...now.keys()].filter((f) => !original.has(f));
    expect(redirects.length).toBeGreaterThan(0);
    for (const f of redirects) expect(readFileSync(path.join(site(), f), "utf8"), f).toMatch(/<meta http-equiv="refresh" content="0; url=\/search\/\?q=/);
    expect(readFileSync(path.join(site(), "_redirects"), "utf8").trim().split("\n").filter((l) => !l.startsWith("#"))).toHaveLength(redirects.length);
    expect([...original.keys()].filter((f) => !now.has(f))).toEqual([]);
    for (const [file, hash] of original) if (file !== "_redirects") expect(now.get(file), file).toBe(hash);
  });

  it("indexes the site in full when an indexed page's search entry changes", async () => {
    const raw = path.join(project.dir, "content/raw");
    const article = readFileSync(path.join(raw, "000_0e7be6b793f56f29.txt"), "utf8");
    project.write("content/raw/000_0e7be6b793f56f29.txt", `${article.trimEnd()}\n\nA closing line about marmalade.\n`);
    expect(await build()).toMatch(/✓ pagefind: full index of \d+ pages \(1 indexed page's search entry changed\)/);
    project.write("content/raw/000_0e7be6b793f56f29.txt", article);
  });

  it("re-renders every page when a layout changes", async () => {
    const layout = path.join(project.dir, "layouts/base.njk");
    project.write("layouts/base.njk", readFileSync(layout, "utf8").replace("</footer>", "<p>Layout edited.</p></footer>"));
    const log = await build();
    expect(reusedOf(log)).toBe(0);
    expect(renderedOf(log)).toBeGreaterThan(0);
    const briefing = [...treeHashes(site()).keys()].find((f) => f.startsWith("briefings/"))!;
    expect(readFileSync(path.join(site(), briefing), "utf8")).toContain("Layout edited.");
  });
});
