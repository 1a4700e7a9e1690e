import { findBrowser, NO_BROWSER } from "../../scripts/lib/browser.js";
import { chromium, type Browser } from "playwright-core";

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
