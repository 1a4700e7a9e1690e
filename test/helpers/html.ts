import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

/** Every HTML file under a built site, as site paths ("/entities/qatar/index.html"). */
export function htmlPages(site: string): string[] {
  return readdirSync(site, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => `/${path.relative(site, path.join(e.parentPath, e.name)).split(path.sep).join("/")}`)
    .sort();
}

export function readPage(site: string, urlPath: string): string {
  const file = urlPath.endsWith("/") ? `${urlPath}index.html` : urlPath;
  return readFileSync(path.join(site, file), "utf8");
}

/**
 * The redirect pages a build left where entity pages used to be (`_redirects` lists them), as site
 * paths: they carry a meta refresh and a canonical link to elsewhere by design, so checks of the
 * site's ordinary pages pass them by.
 */
export function redirectPages(site: string): Set<string> {
  let rules = "";
  try {
    rules = readFileSync(path.join(site, "_redirects"), "utf8");
  } catch {
    return new Set();
  }
  const from = rules.split("\n").filter((l) => l.trim() && !l.startsWith("#")).map((l) => l.split(/\s+/u)[0]!);
  return new Set(from.map((p) => (p.endsWith("/") ? `${p}index.html` : p)));
}
