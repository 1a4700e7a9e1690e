import { findBrowser, NO_BROWSER } from "../../scripts/lib/browser.js";
import { chromium, type Browser, type Page } from "playwright-core";

/** The Chromium or Chrome the tests drive: the lookup scripts/ensure-browser.sh uses (scripts/lib/browser.ts). */
export function chromiumPath(): string {
  const found = findBrowser();
  if (!found) throw new Error(NO_BROWSER);
  return found;
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/**
 * Opens `url` in a page the dev server may still reload: a rebuild can land in several Eleventy
 * passes, each with its own reload, and a reload that arrives mid-navigation interrupts it.
 */
export async function gotoLive(page: Page, url: string, tries = 5): Promise<void> {
  for (let i = 1; ; i++) {
    try {
      await page.goto(url);
      return;
    } catch (err) {
      if (i >= tries || !/interrupted by another navigation/.test(String(err))) throw err;
      await page.waitForLoadState("load").catch(() => undefined);
    }
  }
}
