import { mkdirSync, statSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { ROOT } from "../helpers/project.js";
import { serve } from "../helpers/server.js";
import { buildSite, type BuiltSite } from "../quality/site.js";
import { launchBrowser } from "./browser.js";

const SHOTS = path.join(ROOT, "test-results/screenshots");

describe("pages as a reader sees them", () => {
  let site: BuiltSite;
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  let article: string;

  const open = async (p: string, options: BrowserContextOptions = {}): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    const page = await context.newPage();
    await page.goto(server.url + p.replace(/^\//u, ""));
    return page;
  };
  const close = (page: Page) => page.context().close();

  beforeAll(async () => {
    site = await buildSite();
    server = await serve(site.dir);
    browser = await launchBrowser();
    const page = await open("/");
    article = (await page.locator(".briefing-list h3 a").first().getAttribute("href"))!;
    await close(page);
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    site?.project.cleanup();
  });

  describe("screenshots, light and dark, desktop and phone", () => {
    const targets = () => [
      ["home", "/"],
      ["article", article],
      ["entity", "/entities/qatar/"],
    ];
    for (const colorScheme of ["light", "dark"] as const) {
      for (const [width, label] of [
        [1280, "desktop"],
        [390, "phone"],
      ] as const) {
        it(`saves ${colorScheme} ${label} shots and nothing overflows sideways`, async () => {
          for (const [name, p] of targets()) {
            const page = await open(p!, { colorScheme, viewport: { width, height: 900 } });
            const file = path.join(SHOTS, `${name}-${colorScheme}-${label}.png`);
            await page.screenshot({ path: file, fullPage: true });
            expect(statSync(file).size).toBeGreaterThan(10_000);
            const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            expect(overflow, `${name} at ${width}px`).toBeLessThanOrEqual(0);
            await close(page);
          }
        });
      }
    }
  });

  describe("entity previews", () => {
    it("show name, type and description on hover, stay while the pointer moves onto them, and close on Escape", async () => {
      const page = await open(article);
      const link = page.locator(".prose a.entity").first();
      const [name, description] = await Promise.all([link.getAttribute("data-name"), link.getAttribute("data-description")]);
      expect(await link.getAttribute("title")).toBeNull();
      await link.hover();
      const tip = page.locator('[role="tooltip"]');
      await expect.poll(() => tip.isVisible()).toBe(true);
      expect(await tip.textContent()).toContain(name!);
      expect(await tip.textContent()).toContain(description!);
      expect(await link.getAttribute("aria-describedby")).toBe(await tip.getAttribute("id"));
      await tip.hover();
      await page.waitForTimeout(400);
      expect(await tip.isVisible()).toBe(true);
      await page.keyboard.press("Escape");
      expect(await tip.isVisible()).toBe(false);
      expect(await link.getAttribute("aria-describedby")).toBeNull();
      await close(page);
    });

    it("show on keyboard focus too", async () => {
      const page = await open(article);
      const link = page.locator(".prose a.entity").nth(1);
      await link.focus();
      await expect.poll(() => page.locator('[role="tooltip"]').textContent()).toContain((await link.getAttribute("data-name"))!);
      await close(page);
    });

    it("without JavaScript, leave a plain link", async () => {
      const page = await open(article, { javaScriptEnabled: false });
      const link = page.locator(".prose a.entity").first();
      expect(await link.getAttribute("href")).toMatch(/^\/entities\/[^/]+\/$/u);
      await link.hover();
      expect(await page.locator('[role="tooltip"]').count()).toBe(0);
      expect(await page.locator(".theme-toggle").isVisible()).toBe(false);
      await close(page);
    });
  });

  describe("theme", () => {
    const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

    it("follows the system, toggles, and remembers the choice without a flash on the next page", async () => {
      const page = await open("/", { colorScheme: "light" });
      const light = await background(page);
      const toggle = page.locator(".theme-toggle");
      expect(await toggle.getAttribute("aria-pressed")).toBe("false");
      await toggle.click();
      expect(await toggle.getAttribute("aria-pressed")).toBe("true");
      const dark = await background(page);
      expect(dark).not.toBe(light);
      expect(await page.evaluate(() => localStorage.getItem("dossier-theme"))).toBe("dark");
      // Hold back the site script: a stored theme must already apply before it runs.
      await page.route("**/assets/site.js", async (route) => {
        await new Promise((r) => setTimeout(r, 1500));
        await route.continue();
      });
      await page.goto(server.url + "entities/", { waitUntil: "commit" });
      await page.waitForSelector("body");
      // The stylesheet, not the script, is what paints: on a busy machine the body can exist before
      // site.css applies, and a transparent background says nothing about the theme.
      await page.waitForFunction(() => getComputedStyle(document.body).backgroundColor !== "rgba(0, 0, 0, 0)");
      expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe("dark");
      expect(await background(page)).toBe(dark);
      await close(page);
    });

    it("starts dark when the system is dark and nothing is stored", async () => {
      const darkPage = await open("/", { colorScheme: "dark" });
      const lightPage = await open("/", { colorScheme: "light" });
      expect(await background(darkPage)).not.toBe(await background(lightPage));
      expect(await darkPage.locator(".theme-toggle").getAttribute("aria-pressed")).toBe("true");
      await close(darkPage);
      await close(lightPage);
    });
  });

  describe("search", () => {
    it('focuses the header search box with "/", but lets "/" be typed in it', async () => {
      const page = await open(article);
      await page.keyboard.press("/");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("site-search-q");
      await page.keyboard.type("a/b");
      expect(await page.locator("#site-search-q").inputValue()).toBe("a/b");
      await close(page);
    });

    it("sends the header form to /search/?q= and shows results there, the entity page first, with filters", async () => {
      const page = await open(article);
      await page.locator("#site-search-q").fill("Qatar");
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/search\/\?q=Qatar$/u);
      const first = page.locator(".pagefind-ui__result-link").first();
      await first.waitFor({ timeout: 15_000 });
      expect(await first.getAttribute("href")).toMatch(/\/entities\/qatar\/$/u);
      expect(await page.locator(".pagefind-ui__result-excerpt mark").count()).toBeGreaterThan(0);
      const filterNames = async () => (await page.locator(".pagefind-ui__filter-name").allTextContents()).map((t) => t.trim().toLowerCase());
      await expect.poll(filterNames, { timeout: 10_000 }).toEqual(expect.arrayContaining(["kind", "type", "entity"]));
      await close(page);
    });

    it("ranks each in-the-news entity's page above every briefing when searching its name", async () => {
      const page = await open("/");
      const entities = await page.locator(".in-the-news a").evaluateAll((as) => as.map((a) => [a.textContent!.trim(), a.getAttribute("href")!] as const));
      expect(entities.length).toBeGreaterThan(5);
      for (const [name, href] of entities) {
        await page.goto(`${server.url}search/?q=${encodeURIComponent(name)}`);
        const links = page.locator(".pagefind-ui__result-link");
        await links.first().waitFor({ timeout: 15_000 });
        const urls = await links.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
        const own = urls.indexOf(href);
        const firstBriefing = urls.findIndex((u) => u.includes("/briefings/"));
        expect(own, `${name}: ${urls.join(" ")}`).toBeGreaterThanOrEqual(0);
        if (firstBriefing >= 0) expect(own, `${name}: ${urls.join(" ")}`).toBeLessThan(firstBriefing);
      }
      await close(page);
    });

    it("without JavaScript says search needs it and links the entity index", async () => {
      const page = await open("/search/?q=Qatar", { javaScriptEnabled: false });
      const note = page.locator("main p", { hasText: "Search needs JavaScript" });
      expect(await note.isVisible()).toBe(true);
      expect(await note.locator('a[href="/entities/"]').count()).toBe(1);
      await close(page);
    });
  });

  it("prints the article without navigation or sidebar", async () => {
    const page = await open(article);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".sidebar").isVisible()).toBe(false);
    expect(await page.locator(".site-search").isVisible()).toBe(false);
    expect(await page.locator(".prose").isVisible()).toBe(true);
    await close(page);
  });
});
