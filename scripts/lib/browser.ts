// Where the browser tests find a Chromium or Chrome already on the machine. One list, read by
// scripts/ensure-browser.sh (through scripts/find-browser.ts) and by the tests, so both agree.
import { accessSync, constants } from "node:fs";
import path from "node:path";

/** Names looked up on PATH, most common Linux packages first. */
export const BROWSER_NAMES = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"] as const;

/** Fixed places, for when PATH does not hold them (macOS apps never are on PATH). */
export const BROWSER_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/snap/bin/chromium",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
] as const;

function executable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Every place looked, in order: CHROMIUM_PATH, each name on PATH, then the fixed places. */
export function browserCandidates(env: NodeJS.ProcessEnv = process.env): string[] {
  const dirs = (env.PATH ?? "").split(path.delimiter).filter(Boolean);
  const onPath = BROWSER_NAMES.flatMap((name) => dirs.map((d) => path.join(d, name)));
  return [...(env.CHROMIUM_PATH ? [env.CHROMIUM_PATH] : []), ...onPath, ...BROWSER_PATHS];
}

/** The first executable candidate, or null. A CHROMIUM_PATH that is not executable is skipped, and said so by the caller. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env, isExecutable: (file: string) => boolean = executable): string | null {
  return browserCandidates(env).find(isExecutable) ?? null;
}

/** The one line printed when no browser is found and none can be installed. */
export const NO_BROWSER =
  "error: the browser tests need Chromium or Chrome. Install one (Debian/Ubuntu: apt-get install chromium; macOS: brew install --cask chromium) or set CHROMIUM_PATH to its executable.";
