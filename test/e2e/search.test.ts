import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { makeProject, type Project } from "../helpers/project.js";
import { serve } from "../helpers/server.js";
import { launchBrowser } from "./browser.js";

describe("a reader searching in a real browser", () => {
  let project: Project;
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  let page: Page;
  const hrefs = () => page.locator(".pagefind-ui__result-link").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  const loadAll = async () => {
    const more = page.locator(".pagefind-ui__button");
    while (await more.isVisible()) await more.click();
  };

  beforeAll(async () => {
    project = makeProject();
    // Two dated briefings beside the samples, so ordering by date has something to order.
    project.write("content/raw/zz-later.txt", "---\ndate: 2025-07-02\n---\nSteve Witkoff returned to Doha for talks with Qatar.\n");
    project.write("content/raw/zz-earlier.txt", "---\ndate: 2025-05-01\n---\nSteve Witkoff first visited Doha to meet Qatar's negotiators.\n");
    const build = await project.run("build");
    expect(build.status, build.stderr).toBe(0);
    server = await serve(path.join(project.dir, "_site"));
    browser = await launchBrowser();
    page = await browser.newPage();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    project?.cleanup();
  });

  it("searches 'Witkoff' and finds both the entity page and articles", async () => {
    await page.goto(`${server.url}search/`);
    await page.locator(".pagefind-ui__search-input").fill("Witkoff");
    const results = page.locator(".pagefind-ui__result-link");
    await results.first().waitFor({ timeout: 15_000 });
    // Pagefind renders results as their fragments arrive, a page at a time; load them all.
    const more = page.locator(".pagefind-ui__button");
    while (await more.isVisible()) await more.click();
    const hrefs = () => results.evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
    await expect.poll(async () => (await hrefs()).filter((h) => h.includes("/briefings/")).length, { timeout: 15_000 }).toBeGreaterThanOrEqual(3);
    expect((await hrefs()).some((h) => h.includes("/entities/steve-witkoff/"))).toBe(true);
  });

  it("opens an entity link from an article and lands on the entity page", async () => {
    await page.goto(server.url);
    await page.locator(".briefing-list a").first().click();
    await page.waitForURL(/\/briefings\//);
    const link = page.locator(".prose a.entity").first();
    const name = (await link.getAttribute("data-entity"))!;
    await link.click();
    await page.waitForURL(new RegExp(`/entities/${name}/$`));
    await expect(page.locator("h1").textContent()).resolves.toBeTruthy();
    expect(await page.locator(".mention-group").count()).toBeGreaterThan(0);
  });

  it("ranks the entity page first when searching an entity's name or alias", async () => {
    for (const [query, id] of [["Witkoff", "steve-witkoff"], ["Hamas", "hamas"], ["Qatari", "qatar"], ["AFP", "agence-france-presse"]] as const) {
      await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
      await page.locator(".pagefind-ui__result-link").first().waitFor({ timeout: 15_000 });
      expect((await hrefs())[0], query).toMatch(new RegExp(`/entities/${id}/$`));
    }
  });

  it("filters results by kind", async () => {
    await page.goto(`${server.url}search/?q=Qatar`);
    await page.locator(".pagefind-ui__result-link").first().waitFor({ timeout: 15_000 });
    await loadAll();
    expect((await hrefs()).some((h) => h.includes("/entities/"))).toBe(true);
    await page.locator(".pagefind-ui__filter-name", { hasText: /^kind$/i }).click();
    await page.locator('input[name="kind"][value="briefing"]').check();
    await expect.poll(async () => (await hrefs()).filter((h) => h.includes("/entities/")).length, { timeout: 10_000 }).toBe(0);
    await loadAll();
    expect((await hrefs()).length).toBeGreaterThanOrEqual(5);
  });

  it("orders briefings by date, newest first, keeping the query and filters", async () => {
    await page.goto(`${server.url}search/?q=Witkoff`);
    await page.locator(".pagefind-ui__result-link").first().waitFor({ timeout: 15_000 });
    await page.locator(".pagefind-ui__filter-name", { hasText: /^kind$/i }).click();
    await page.locator('input[name="kind"][value="briefing"]').check();
    await page.selectOption("#search-sort", "newest");
    await expect.poll(async () => (await hrefs()).slice(0, 2), { timeout: 10_000 }).toEqual([
      expect.stringMatching(/steve-witkoff-returned-to-doha/),
      expect.stringMatching(/steve-witkoff-first-visited-doha/),
    ]);
    expect((await hrefs()).every((h) => h.includes("/briefings/"))).toBe(true);
    expect(page.url()).toContain("sort=newest");
  });
});
