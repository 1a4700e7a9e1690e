import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { makeProject, type Project } from "../helpers/project.js";
import { serve } from "../helpers/server.js";
import { launchBrowser } from "./browser.js";

describe("a reader in a real browser", () => {
  let project: Project;
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    project = makeProject();
    const build = project.run("build");
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
});
