// A damaged cache costs time, never the site: whatever happens to the files under .cache/ (a full
// disk, a killed build, an editor, a CI cache restore), the next build succeeds and publishes what a
// cold build publishes, byte for byte, and names each damaged file it reads in one warning line.
// Pages and search files are taken from the live site when it still holds them as recorded, so a
// damaged copy of those in the cache is read (and named) once the live site cannot stand in: on a
// CI runner that restores `.cache/` but not `_site/`, say.
import { cpSync, existsSync, readFileSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { makeProject, ROOT, type Project } from "../helpers/project.js";
import { treeHashes } from "../helpers/tree.js";
import { serve } from "../helpers/server.js";
import { searchSite } from "../helpers/search.js";
import { launchBrowser } from "../e2e/browser.js";
import { fileDigest } from "../../transforms/cache.js";

const WIKINEWS = path.resolve(ROOT, "../shared/corpora/wikinews");
const EXTRA = ["wikinews_2019_001.txt", "wikinews_2019_002.txt", "wikinews_2019_003.txt"];
const ADDED = "wikinews_2019_004.txt";
/** The added article, dated after every other, so that the search index can take it by appending. */
const added = () => `---\ndate: 2026-01-05\n---\n${readFileSync(path.join(WIKINEWS, ADDED), "utf8")}`;

/**
 * Each cache: where its files are, where its record is, which of its files a damage hits (one every
 * rebuild reuses), and whether the live site can stand in for it (then an unchanged rebuild need not
 * read the damaged file).
 */
const CACHES = [
  { name: "ingested files", dir: ".cache/ingest", record: ".cache/ingest/record.json", hits: (f: string) => f.endsWith(".json"), published: false },
  { name: "analyses", dir: ".cache/annotate", record: ".cache/annotate/record.json", hits: (f: string) => f.endsWith(".json"), published: false },
  { name: "markdown bodies", dir: ".cache/markdown", record: ".cache/markdown/record.json", hits: (f: string) => f.endsWith(".md"), published: false },
  { name: "rendered pages", dir: ".cache/render/site", record: ".cache/render/record.json", hits: (f: string) => /^briefings\/.+\/index\.html$/u.test(f), published: true },
  { name: "site store", dir: "content/_dossier", record: ".cache/store/record.json", hits: (f: string) => f === "entities.ndjson", published: false },
  { name: "roles and quotes", dir: ".cache/readings", record: ".cache/readings/record.json", hits: (f: string) => f.endsWith(".json"), published: false },
  { name: "search index", dir: ".cache/pagefind/base", record: ".cache/pagefind/record.json", hits: (f: string) => f.startsWith("index/"), published: true },
] as const;
type Cache = (typeof CACHES)[number];
const SEARCH = CACHES.find((c) => c.name === "search index")!;

/**
 * What a build leaves that the next one reads: the caches, the store and markdown Eleventy reads, the
 * record of published ids (so each damage starts from the warm build's), and the site.
 */
const STATE = [".cache", "content/_dossier", "content/briefings", "content/entities/_published.txt", "_site"];

const filesOf = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/"))
    .filter((f) => f !== "record.json")
    .sort();

type Damage = (dir: string, cache: Cache) => string;
/** Each damage returns the file that a warning must name. */
const DAMAGES: Record<string, Damage> = {
  "truncate a file": (dir, c) => {
    const file = target(dir, c);
    truncateSync(file, Math.floor(readFileSync(file).length / 2));
    return file;
  },
  // Same size: only the digest can tell.
  "overwrite a file with random bytes": (dir, c) => {
    const file = target(dir, c);
    writeFileSync(file, randomBytes(readFileSync(file).length));
    return file;
  },
  "delete a file": (dir, c) => {
    const file = target(dir, c);
    rmSync(file);
    return file;
  },
  "delete its record": (dir, c) => {
    rmSync(path.join(dir, c.record), { force: true });
    return path.join(dir, c.record);
  },
  // The record's entry for the file describes another of the cache's files.
  "make its record point at the wrong file": (dir, c) => {
    const file = target(dir, c);
    const other = filesOf(path.join(dir, c.dir)).find((f) => path.join(dir, c.dir, f) !== file && !readFileSync(path.join(dir, c.dir, f)).equals(readFileSync(file)))!;
    const recordFile = path.join(dir, c.record);
    if (existsSync(recordFile)) {
      const record = JSON.parse(readFileSync(recordFile, "utf8")) as { files: Record<string, [number, string]> };
      const bytes = readFileSync(path.join(dir, c.dir, other));
      record.files[path.relative(path.join(dir, c.dir), file).split(path.sep).join("/")] = [bytes.length, fileDigest(bytes)];
      writeFileSync(recordFile, JSON.stringify(record));
    }
    return file;
  },
};

/** Every file's inode under `dir` → its path. */
const inodes = (dir: string) =>
  new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.join(e.parentPath, e.name))
      .map((f) => [statSync(f).ino, f] as const),
  );

function target(dir: string, c: Cache): string {
  const found = filesOf(path.join(dir, c.dir)).find((f) => c.hits(f));
  if (!found) throw new Error(`no file to damage in ${c.dir}`);
  return path.join(dir, c.dir, found);
}

describe("a damaged cache", () => {
  let project: Project;
  let cold: Project;
  let reference: Map<string, string>;
  let referenceAdded: Map<string, string>;
  const snapshot = () => path.join(project.dir, "..", `${path.basename(project.dir)}-warm`);
  const site = () => path.join(project.dir, "_site");
  const build = async (p: Project, args: string[] = []) => {
    const r = await p.run("build", args);
    expect(r.status, r.stderr).toBe(0);
    return r.stderr;
  };
  const withArticles = (p: Project) => EXTRA.forEach((f) => p.write(`content/raw/${f}`, readFileSync(path.join(WIKINEWS, f))));
  /** Puts the project back as the warm build left it. */
  const restore = () => {
    for (const rel of STATE) {
      rmSync(path.join(project.dir, rel), { recursive: true, force: true });
      if (existsSync(path.join(snapshot(), rel))) cpSync(path.join(snapshot(), rel), path.join(project.dir, rel), { recursive: true, preserveTimestamps: true });
    }
    project.remove(`content/raw/${ADDED}`);
  };
  const expectCold = (expected: Map<string, string>) => {
    const got = treeHashes(site());
    expect([...got.keys()]).toEqual([...expected.keys()]);
    for (const [file, hash] of got) expect(hash, file).toBe(expected.get(file));
  };

  beforeAll(async () => {
    project = makeProject();
    withArticles(project);
    await build(project);
    for (const rel of STATE) if (existsSync(path.join(project.dir, rel))) cpSync(path.join(project.dir, rel), path.join(snapshot(), rel), { recursive: true, preserveTimestamps: true });
    // The references: cold builds of the same articles, then with one added.
    cold = makeProject();
    withArticles(cold);
    await build(cold);
    reference = treeHashes(path.join(cold.dir, "_site"));
    for (const rel of [".cache", "content/_dossier", "content/briefings"]) cold.remove(rel);
    cold.write(`content/raw/${ADDED}`, added());
    await build(cold);
    referenceAdded = treeHashes(path.join(cold.dir, "_site"));
  }, 600_000);
  afterAll(() => {
    rmSync(snapshot(), { recursive: true, force: true });
    project?.cleanup();
    cold?.cleanup();
  });

  // Every cache damaged the same way at once: each is checked on its own, and one rebuild covers them all.
  // Three rebuilds: unchanged; one article added; unchanged with the live site gone.
  const rebuilds = [
    { what: "unchanged", adding: false, withoutSite: false },
    { what: "an article added", adding: true, withoutSite: false },
    { what: "unchanged, without the live site", adding: false, withoutSite: true },
  ];
  for (const [name, damage] of Object.entries(DAMAGES)) {
    it(`${name}, in each cache: the rebuild succeeds, equals a cold build and names each damage it reads once`, async () => {
      for (const { what, adding, withoutSite } of rebuilds) {
        restore();
        const named = CACHES.map((c) => ({ c, file: path.relative(project.dir, damage(project.dir, c)) }));
        if (adding) project.write(`content/raw/${ADDED}`, added());
        if (withoutSite) rmSync(site(), { recursive: true });
        const log = await build(project);
        expectCold(adding ? referenceAdded : reference);
        for (const { c, file } of named) {
          const lines = log.split("\n").filter((l) => l.startsWith(`warning: ${c.name} cache: `));
          // Every damaged file is due for reuse unless an added article made it stale or the live
          // site stood in for it; then it may not be read at all.
          if (adding || (c.published && !withoutSite)) expect(lines.length, `${c.name}, ${what}:\n${log}`).toBeLessThanOrEqual(1);
          else expect(lines, `${c.name}, ${what}:\n${log}`).toHaveLength(1);
          for (const line of lines) expect(line).toContain(file);
        }
      }
    }, 300_000);
  }

  /** The search a reader types on the built site's search page, in Chromium: the result links. */
  async function readerSearch(term: string): Promise<string[]> {
    const server = await serve(site());
    let browser: Browser | undefined;
    try {
      browser = await launchBrowser();
      const page = await browser.newPage();
      await page.goto(`${server.url}search/`);
      await page.locator(".pagefind-ui__search-input").fill(term);
      await page.locator(".pagefind-ui__result-link").first().waitFor({ timeout: 15_000 });
      const more = page.locator(".pagefind-ui__button");
      while (await more.isVisible()) await more.click();
      return await page.locator(".pagefind-ui__result-link").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    } finally {
      await browser?.close();
      await server.close();
    }
  }

  it("after random bytes over every kept search index file, a reader's search in Chromium finds an entity", async () => {
    restore();
    const index = path.join(project.dir, SEARCH.dir, "index");
    for (const f of readdirSync(index)) writeFileSync(path.join(index, f), randomBytes(40));
    // The live site still holds the index as recorded: it is what the rebuild publishes.
    await build(project);
    expectCold(reference);
    expect(await readerSearch("Witkoff")).toContain("/entities/steve-witkoff/");
    // Without it, the damaged copies are named and the site indexed in full.
    rmSync(site(), { recursive: true });
    const log = await build(project);
    expect(log).toMatch(/^warning: search index cache: .*index\/.*\.pf_index has 40 bytes where its record says \d+; not reused$/mu);
    expect(log).toMatch(/✓ pagefind: full index of/);
    expectCold(reference);
    expect(await readerSearch("Witkoff")).toContain("/entities/steve-witkoff/");
  }, 300_000);

  it("an index file that matches its record but cannot be spliced: the build indexes in full", async () => {
    restore();
    // As if another Pagefind had written it: the record vouches for the bytes, the format is not one this reads.
    const record = JSON.parse(readFileSync(path.join(project.dir, SEARCH.record), "utf8")) as { files: Record<string, [number, string]> };
    const meta = Object.keys(record.files).find((f) => f.endsWith(".pf_meta"))!;
    const garbage = Buffer.from("not a Pagefind file");
    writeFileSync(path.join(project.dir, SEARCH.dir, meta), garbage);
    record.files[meta] = [garbage.length, fileDigest(garbage)];
    writeFileSync(path.join(project.dir, SEARCH.record), JSON.stringify(record));
    project.write(`content/raw/${ADDED}`, added());
    const log = await build(project);
    expect(log).toMatch(/✓ pagefind: full index of [\d,]+ pages \(the kept index could not be appended to: .*not a Pagefind data file/);
    expectCold(referenceAdded);
    const [hits] = await searchSite(site(), [{ term: "Witkoff" }]);
    expect(hits!.hits.map((h) => h.url)).toContain("/entities/steve-witkoff/");
  }, 300_000);

  it("an edit to the published site does not reach the cache: the next build publishes the cold build's files", async () => {
    restore();
    await build(project);
    const page = readdirSync(path.join(site(), "briefings"))[0]!;
    const pageFile = path.join(site(), "briefings", page, "index.html");
    // In place, as `sed -i` or a minifier writing over the file would.
    writeFileSync(pageFile, readFileSync(pageFile, "utf8").replace("</body>", "<script>analytics()</script></body>"));
    // The same size, one letter changed: only the digest can tell.
    const entity = path.join(site(), "entities/steve-witkoff/index.html");
    writeFileSync(entity, readFileSync(entity, "utf8").replace("Witkoff", "Witkofx"));
    const chunk = readdirSync(path.join(site(), "pagefind/index"))[0]!;
    writeFileSync(path.join(site(), "pagefind/index", chunk), randomBytes(40));
    const log = await build(project);
    expect(log).not.toMatch(/^warning: /mu);
    expectCold(reference);
  }, 300_000);

  it("the published site shares no file with the cache, and an unchanged rebuild shares none with it either", async () => {
    restore();
    for (let i = 0; i < 2; i++) {
      await build(project);
      const cached = new Set(inodes(path.join(project.dir, ".cache")).keys());
      const shared = [...inodes(site())].filter(([ino]) => cached.has(ino)).map(([, file]) => file);
      expect(shared).toEqual([]);
    }
  }, 300_000);
});
