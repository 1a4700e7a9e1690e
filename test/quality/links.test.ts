import { writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, checkLinks, dataUrls, siteFiles, read, type BuiltSite } from "./site.js";

// Internal links, feeds and sitemap included, for a root deploy and for a path-prefixed one with an origin.
describe.each([
  { name: "at the root, no SITE_URL", origin: undefined, prefix: undefined },
  { name: "under PATH_PREFIX with SITE_URL", origin: "https://example.org", prefix: "/briefing/" },
])("internal links, built $name", ({ origin, prefix }) => {
  let site: BuiltSite;
  beforeAll(async () => {
    site = await buildSite({ origin, prefix });
  });
  afterAll(() => site?.project.cleanup());

  it("has no broken internal link in any page, feed, sitemap or robots.txt", () => {
    const { checked, problems } = checkLinks(site);
    expect(problems).toEqual([]);
    // Every page links to several others; a checker that found next to nothing would prove nothing.
    expect(checked).toBeGreaterThan(siteFiles(site.dir, ".html").length * 5);
  });

  it("catches a broken link when there is one", () => {
    const planted = path.join(site.dir, "planted.html");
    writeFileSync(planted, `<!DOCTYPE html><a href="${site.prefix}entities/nobody/">x</a><a href="${site.prefix}entities/#nowhere">y</a><a href="/outside/">z</a>`);
    const { problems } = checkLinks(site);
    expect(problems.filter((p) => p.from === "/planted.html").map((p) => p.url)).toEqual([
      `${site.prefix}entities/nobody/`,
      `${site.prefix}entities/#nowhere`,
      // Missing at the root; outside the prefix otherwise: wrong either way.
      "/outside/",
    ]);
  });

  it("writes absolute URLs in feeds and sitemap when SITE_URL is set", () => {
    const urls = ["/feed.xml", "/feed.json", "/sitemap.xml", "/entities/qatar/feed.xml", "/robots.txt"].flatMap((p) => dataUrls(p, read(site.dir, p)));
    expect(urls.length).toBeGreaterThan(10);
    for (const u of urls) expect(u.startsWith(site.origin ? `${site.origin}${site.prefix}` : site.prefix), u).toBe(true);
  });
});
