import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { serve } from "../helpers/server.js";
import { launchBrowser } from "../e2e/browser.js";
import { buildSite, type BuiltSite } from "./site.js";

const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

describe("axe-core in headless Chromium", () => {
  let site: BuiltSite;
  let server: Awaited<ReturnType<typeof serve>>;
  let browser: Browser;
  let article: string;

  beforeAll(async () => {
    site = await buildSite();
    server = await serve(site.dir);
    browser = await launchBrowser();
    const page = await browser.newPage();
    await page.goto(server.url);
    article = (await page.locator(".briefing-list h3 a").first().getAttribute("href"))!.replace(/^\//u, "");
    await page.close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    site?.project.cleanup();
  });

  async function violations(path: string, colorScheme: "light" | "dark"): Promise<Violation[]> {
    const page = await browser.newPage({ colorScheme });
    try {
      await page.goto(server.url + path);
      if (path.startsWith("search/")) await page.locator(".pagefind-ui__result").first().waitFor({ timeout: 15_000 });
      await page.addScriptTag({ content: AXE });
      const result = await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: Violation[] }> } }).axe;
        return axe.run({ resultTypes: ["violations"] });
      });
      return result.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    } finally {
      await page.close();
    }
  }

  const pages = ["", "ARTICLE", "entities/qatar/", "entities/", "search/?q=Qatar"];
  for (const scheme of ["light", "dark"] as const) {
    for (const p of pages) {
      it(`finds no serious or critical violation on /${p || "(home)"} in ${scheme}`, async () => {
        const found = await violations(p === "ARTICLE" ? article : p, scheme);
        expect(found.map((v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`)).toEqual([]);
      });
    }
  }

  it("does report a serious violation when there is one", async () => {
    const page = await browser.newPage();
    await page.setContent(`<!DOCTYPE html><html lang="en"><title>x</title><p style="color:#bbb;background:#fff">faint text</p><img src="x.png"></html>`);
    await page.addScriptTag({ content: AXE });
    const ids = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: () => Promise<{ violations: { id: string }[] }> } }).axe;
      return (await axe.run()).violations.map((v) => v.id);
    });
    await page.close();
    expect(ids).toEqual(expect.arrayContaining(["color-contrast", "image-alt"]));
  });
});
