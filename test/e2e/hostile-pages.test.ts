// Hostile input in a real browser: every page built from the hostile fixtures loads with no dialog, no
// article script running, and no request leaving the site. The fixtures' payloads call alert() or
// set window.__pwned, and point at evil.example.
import { cpSync, rmSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { makeProject, ROOT, type Project } from "../helpers/project.js";
import { htmlPages } from "../helpers/html.js";
import { serve } from "../helpers/server.js";
import { launchBrowser } from "./browser.js";

describe("hostile fixtures in a real browser", () => {
  let project: Project;
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const dialogs: string[] = [];
  const foreign: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    project = makeProject();
    cpSync(path.join(ROOT, "test/fixtures/hostile/raw"), path.join(project.dir, "content/raw"), { recursive: true });
    // The 3,000-name article is a size case (integration test); here it would only add 3,000 harmless pages.
    rmSync(path.join(project.dir, "content/raw/names-3000.txt"));
    const build = await project.run("build", [], { CI: "" });
    expect(build.status, build.stderr).toBe(0);
    server = await serve(path.join(project.dir, "_site"));
    const origin = new URL(server.url).origin;
    browser = await launchBrowser();
    context = await browser.newContext();
    // Anything not from the site itself is recorded and refused, so nothing can reach evil.example.
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(origin)) return route.continue();
      foreign.push(url);
      return route.abort();
    });
    page = await context.newPage();
    page.on("dialog", (d) => {
      dialogs.push(`${page.url()}: ${d.type()} ${d.message()}`);
      void d.dismiss();
    });
    page.on("pageerror", (e) => pageErrors.push(`${page.url()}: ${e.message}`));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    project?.cleanup();
  });

  it("loads every page with no dialog, no article script and no request off the site", async () => {
    const pages = htmlPages(path.join(project.dir, "_site"));
    expect(pages.length).toBeGreaterThan(60);
    for (const p of pages) {
      await page.goto(server.url + p.replace(/^\//u, "").replace(/index\.html$/u, ""), { waitUntil: "load" });
      // Hovering and focusing are what on*= payloads wait for.
      await page.mouse.move(200, 300);
      await page.mouse.move(600, 500);
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => "__pwned" in window), p).toBe(false);
    }
    expect(dialogs).toEqual([]);
    expect(foreign).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it("shows the payloads as text a reader can read", async () => {
    await page.goto(`${server.url}briefings/officials-in-berlin-said-script-window-pwned-script-alert-script/`);
    const text = await page.locator("main").innerText();
    expect(text).toContain("<script>window.__pwned = 'script'; alert('script')</script>");
    expect(text).toContain(`<img src=x onerror="window.__pwned='img'; alert('img')">`);
    expect(await page.title()).toContain("<script>window.__pwned");
  });

  it("finds a hostile article through search without running it", async () => {
    await page.goto(`${server.url}search/`);
    await page.locator(".pagefind-ui__search-input").fill("pwned");
    await page.locator(".pagefind-ui__result-link").first().waitFor({ timeout: 15_000 });
    expect(await page.locator(".pagefind-ui__result-link").first().innerText()).toContain("<script>");
    expect(await page.evaluate(() => "__pwned" in window)).toBe(false);
    expect({ dialogs, foreign }).toEqual({ dialogs: [], foreign: [] });
  });
});
