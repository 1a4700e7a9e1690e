import { describe, expect, it } from "vitest";
import { browserCandidates, findBrowser } from "../../scripts/lib/browser.js";

const only = (files: string[]) => (f: string) => files.includes(f);

describe("browser lookup", () => {
  it("prefers CHROMIUM_PATH, then names on PATH, then the fixed places", () => {
    const env = { CHROMIUM_PATH: "/opt/c/chrome", PATH: "/a:/b" };
    const list = browserCandidates(env);
    expect(list[0]).toBe("/opt/c/chrome");
    expect(list.slice(1, 3)).toEqual(["/a/chromium", "/b/chromium"]);
    expect(list).toContain("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome");
    expect(findBrowser(env, only(["/opt/c/chrome", "/a/chromium"]))).toBe("/opt/c/chrome");
  });

  it("skips a CHROMIUM_PATH that is not there and finds google-chrome-stable on PATH", () => {
    expect(findBrowser({ CHROMIUM_PATH: "/gone", PATH: "/x" }, only(["/x/google-chrome-stable"]))).toBe("/x/google-chrome-stable");
  });

  it("finds Chrome on macOS by its application path", () => {
    expect(findBrowser({ PATH: "" }, only(["/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"]))).toBe("/Applications/Google Chrome.app/Contents/MacOS/Google Chrome");
  });

  it("gives null when nothing is installed", () => {
    expect(findBrowser({ PATH: "/x" }, () => false)).toBeNull();
  });
});
