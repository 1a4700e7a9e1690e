// Reads content/site.yml once per process. Sync: Eleventy's config needs the path prefix and the
// language before it returns, and the file is a few lines.
import { readFileSync } from "node:fs";
import path from "node:path";
import { InputError } from "../errors.js";
import { describeProblems, parseSettings, SETTINGS_FILE, type SiteSettings } from "./settings.js";

function readOptional(file: string): string | null {
  try {
    return readFileSync(file, "utf8");
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw new InputError(SETTINGS_FILE, `could not be read (${(err as Error).message})`);
  }
}

/** The site's settings from `root`/content/site.yml and the environment; throws InputError naming every bad key. */
export function readSiteSettings(root = process.cwd(), env: NodeJS.ProcessEnv = process.env): SiteSettings {
  const result = parseSettings(readOptional(path.join(root, SETTINGS_FILE)), env);
  if (!result.ok) throw new InputError(SETTINGS_FILE, describeProblems(result.problems).join("; "));
  return result.settings;
}
