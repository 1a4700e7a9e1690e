import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { parse } from "parse5";
import type { DefaultTreeAdapterMap } from "parse5";
import { makeProject, type Project } from "../helpers/project.js";
import { serve } from "../helpers/server.js";
import { htmlPages, readPage } from "../helpers/html.js";
import { launchBrowser } from "./browser.js";

type Node = DefaultTreeAdapterMap["node"];
function urls(node: Node, out: string[] = []): string[] {
  if ("attrs" in node) for (const a of node.attrs) if (a.name === "href" || a.name === "src") out.push(a.value);
  if ("childNodes" in node) for (const c of node.childNodes) urls(c, out);
  return out;
}

describe("a deploy under /briefing/ with SITE_URL", () => {
  let project: Project;
  let site: string;
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;

  beforeAll(async () => {
    project = makeProject();
    const build = await project.run("build", [], { PATH_PREFIX: "/briefing/", SITE_URL: "https://example.org" });
    expect(build.status, build.stderr).toBe(0);
    site = path.join(project.dir, "_site");
    server = await serve(site, "/briefing/");
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    project?.cleanup();
  });

  it("prefixes every internal link and asset in every page", () => {
    for (const page of htmlPages(site)) {
      for (const u of urls(parse(readPage(site, page)))) {
        if (/^(https?:|mailto:|#|data:)/.test(u)) continue;
        expect(u.startsWith("/briefing/"), `${page}: ${u}`).toBe(true);
      }
    }
  });

  it("makes canonical, feed and sitemap URLs absolute under the prefix", () => {
    const home = readPage(site, "/");
    expect(home).toContain('<link rel="canonical" href="https://example.org/briefing/"');
    const sitemap = readFileSync(path.join(site, "sitemap.xml"), "utf8");
    const locs = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
    expect(locs.length).toBeGreaterThan(10);
    for (const loc of locs) expect(loc.startsWith("https://example.org/briefing/"), loc).toBe(true);
    const feed = readFileSync(path.join(site, "feed.xml"), "utf8");
    expect(feed).toContain("https://example.org/briefing/briefings/");
  });

  it("serves pages, assets and the search bundle from /briefing/ and search results open", async () => {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on("response", (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${server.url}search/?q=Witkoff`);
    const first = page.locator(".pagefind-ui__result-link").first();
    await first.waitFor({ timeout: 15_000 });
    const href = (await first.getAttribute("href"))!;
    expect(href.startsWith("/briefing/")).toBe(true);
    await first.click();
    await page.waitForLoadState("load");
    expect(new URL(page.url()).pathname).toBe(href.replace(/#.*$/, ""));
    expect(await page.locator("h1").count()).toBeGreaterThan(0);
    expect(failed).toEqual([]);
  });

  it("finds an article added by an incremental build, under the prefix", async () => {
    project.write("content/raw/zz-added.txt", "---\ndate: 2025-07-03\n---\nNegotiators in Doha described the Qatar talks as a palimpsest of old proposals.\n");
    const build = await project.run("build", [], { PATH_PREFIX: "/briefing/", SITE_URL: "https://example.org" });
    expect(build.status, build.stderr).toBe(0);
    expect(build.stderr).toMatch(/✓ pagefind: appended [1-9]\d* new pages? to the full index/);
    const page = await browser.newPage();
    await page.goto(`${server.url}search/?q=palimpsest`);
    const first = page.locator(".pagefind-ui__result-link").first();
    await first.waitFor({ timeout: 15_000 });
    expect(await first.getAttribute("href")).toMatch(/^\/briefing\/briefings\/negotiators-in-doha-described/);
    await page.close();
  });
});
