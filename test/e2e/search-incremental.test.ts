// A reader searching a site that was rebuilt incrementally: new pages appended to the search index
// (transforms/search/index.ts) are found, ranked and sorted like the rest, and pages that are gone
// are gone from the results, whether they were appended or part of the last full index.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { makeProject, type Project } from "../helpers/project.js";
import { serve } from "../helpers/server.js";
import { launchBrowser } from "./browser.js";

const BASE_ARTICLE = "---\ndate: 2025-05-01\n---\nA quokka was seen near the Doha talks with Qatar, officials said.\n";
const NEW_ARTICLE = `---
date: 2025-07-03
---
Zebulon Quarrington, a chess adviser to Qatar, said the talks in Doha had reached zugzwang.

Quarrington told reporters that Zebulon Quarrington Associates would keep advising the mediators. Zebulon Quarrington has advised Qatar since 2019.
`;

describe("searching after incremental builds, in a real browser", () => {
  let project: Project;
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  const build = async () => {
    const r = await project.run("build");
    expect(r.status, r.stderr).toBe(0);
    return r.stderr;
  };
  /** The result links for a search, in order; empty once Pagefind reports no results. */
  const search = async (query: string, sort?: "newest") => {
    const page = await browser.newPage();
    try {
      await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}${sort ? `&sort=${sort}` : ""}`);
      const links = page.locator(".pagefind-ui__result-link");
      await links.or(page.locator(".pagefind-ui__message", { hasText: /^No results/ })).first().waitFor({ timeout: 15_000 });
      return await links.evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    } finally {
      await page.close();
    }
  };

  beforeAll(async () => {
    project = makeProject();
    project.write("content/raw/zz-base.txt", BASE_ARTICLE);
    expect(await build()).toMatch(/✓ pagefind: full index of \d+ pages/);
    server = await serve(path.join(project.dir, "_site"));
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    project?.cleanup();
  });

  it("finds an added article by a word only it has, ranks its new entity's page first and sorts it newest", async () => {
    project.write("content/raw/zz-new.txt", NEW_ARTICLE);
    const log = await build();
    expect(await search("zugzwang")).toEqual([expect.stringMatching(/\/briefings\/zebulon-quarrington-a-chess-adviser/)]);
    expect((await search("Zebulon Quarrington"))[0]).toMatch(/\/entities\/zebulon-quarrington\/$/);
    expect((await search("Qatar", "newest"))[0]).toMatch(/\/briefings\/zebulon-quarrington-a-chess-adviser/);
    // The full index's pages rank as before.
    expect((await search("Witkoff"))[0]).toMatch(/\/entities\/steve-witkoff\/$/);
    expect(log).toMatch(/✓ pagefind: appended [1-9]\d* new pages? to the full index/);
  });

  it("no longer finds the article once it is deleted again", async () => {
    project.remove("content/raw/zz-new.txt");
    const log = await build();
    expect(await search("zugzwang")).toEqual([]);
    expect(await search("Zebulon Quarrington")).toEqual([]);
    expect(log).toMatch(/✓ pagefind: appended 0 new pages to the full index/);
  });

  it("no longer finds an article of the full index once it is deleted, indexing the site in full", async () => {
    expect(await search("quokka")).toEqual([expect.stringMatching(/\/briefings\/a-quokka-was-seen/)]);
    project.remove("content/raw/zz-base.txt");
    const log = await build();
    expect(await search("quokka")).toEqual([]);
    expect((await search("Witkoff"))[0]).toMatch(/\/entities\/steve-witkoff\/$/);
    expect(log).toMatch(/✓ pagefind: full index of \d+ pages \(1 indexed page removed\)/);
  });
});
