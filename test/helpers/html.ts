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
