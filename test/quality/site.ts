import { cpSync, existsSync, readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { parseDocument, DomUtils } from "htmlparser2";
import type { Element } from "domhandler";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { makeProject, ROOT, type Project } from "../helpers/project.js";

export interface BuiltSite {
  project: Project;
  /** The built _site folder. */
  dir: string;
  origin: string;
  /** Normalised path prefix: "/" or "/briefing/". */
  prefix: string;
}

/** Builds the sample site in a throwaway copy, optionally with SITE_URL and PATH_PREFIX and extra raw articles. */
export async function buildSite(options: { origin?: string; prefix?: string; raw?: Record<string, string> } = {}): Promise<BuiltSite> {
  const project = makeProject();
  for (const [name, text] of Object.entries(options.raw ?? {})) project.write(`content/raw/${name}`, text);
  const env: Record<string, string> = { SITE_URL: options.origin ?? "", PATH_PREFIX: options.prefix ?? "/" };
  const r = await project.run("build", [], env);
  if (r.status !== 0) throw new Error(`build failed:\n${r.stderr}`);
  const prefix = `/${(options.prefix ?? "/").replace(/^\/+|\/+$/gu, "")}/`.replace(/^\/\/$/u, "/");
  return { project, dir: path.join(project.dir, "_site"), origin: options.origin ?? "", prefix };
}

/** Every file of the site as a site path ("/entities/qatar/index.html"), Pagefind's bundle left out. */
export function siteFiles(dir: string, ext?: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => `/${path.relative(dir, path.join(e.parentPath, e.name)).split(path.sep).join("/")}`)
    .filter((p) => !p.startsWith("/pagefind/") && (!ext || p.endsWith(ext)))
    .sort();
}

export function read(dir: string, sitePath: string): string {
  return readFileSync(path.join(dir, sitePath.endsWith("/") ? `${sitePath}index.html` : sitePath), "utf8");
}

export function html(source: string) {
  return parseDocument(source);
}

export function all(doc: ReturnType<typeof parseDocument>, pred: (e: Element) => boolean): Element[] {
  return DomUtils.findAll(pred, doc.children);
}

export const text = (e: Element) => DomUtils.textContent(e).replace(/\s+/gu, " ").trim();
export const hasClass = (e: Element, c: string) => (e.attribs.class ?? "").split(/\s+/u).includes(c);

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", isArray: (name) => ["entry", "link", "url", "category"].includes(name) });

/** Parses XML strictly: a well-formedness error throws instead of being papered over. */
export function parseXml(source: string): Record<string, unknown> {
  const valid = XMLValidator.validate(source);
  if (valid !== true) throw new Error(`not well-formed XML: ${valid.err.msg} at line ${valid.err.line}`);
  return xml.parse(source) as Record<string, unknown>;
}

/** The site path a URL found on `fromPath` points to, or null when it leaves the site. */
export function toSitePath(url: string, fromPath: string, site: Pick<BuiltSite, "origin" | "prefix">): { path: string; hash: string } | null | "outside-prefix" {
  if (/^(mailto|tel|javascript|data):/iu.test(url)) return null;
  const pageUrl = `https://site.invalid${site.prefix}${fromPath.replace(/^\//u, "").replace(/index\.html$/u, "")}`;
  let u: URL;
  if (/^[a-z][a-z0-9+.-]*:/iu.test(url) || url.startsWith("//")) {
    if (!site.origin || !url.startsWith(`${site.origin}/`)) return null;
    u = new URL(url.slice(site.origin.length), "https://site.invalid");
  } else u = new URL(url, pageUrl);
  if (u.host !== "site.invalid") return null;
  if (!u.pathname.startsWith(site.prefix)) return "outside-prefix";
  return { path: `/${decodeURIComponent(u.pathname.slice(site.prefix.length))}`, hash: decodeURIComponent(u.hash.slice(1)) };
}

export interface LinkProblem {
  from: string;
  url: string;
  reason: string;
}

const URL_ATTRS = ["href", "src", "action", "poster", "data", "formaction"];

/** The URLs one HTML page points at, read with a real parser. */
export function htmlUrls(source: string): string[] {
  const out: string[] = [];
  for (const e of all(html(source), () => true)) {
    for (const a of URL_ATTRS) if (e.attribs[a] !== undefined) out.push(e.attribs[a]!);
    if (e.attribs.srcset) for (const part of e.attribs.srcset.split(",")) out.push(part.trim().split(/\s+/u)[0]!);
  }
  return out;
}

/** The URLs in a feed, sitemap, JSON Feed or robots.txt. */
export function dataUrls(sitePath: string, source: string): string[] {
  if (sitePath.endsWith(".json")) {
    const feed = JSON.parse(source) as { home_page_url?: string; feed_url?: string; items?: { url?: string }[] };
    return [feed.home_page_url, feed.feed_url, ...(feed.items ?? []).map((i) => i.url)].filter((u): u is string => !!u);
  }
  if (sitePath.endsWith(".txt")) return [...source.matchAll(/^Sitemap:\s*(\S+)/gmu)].map((m) => m[1]!);
  const doc = parseXml(source);
  if (doc.urlset) return ((doc.urlset as { url?: { loc: string }[] }).url ?? []).map((u) => u.loc);
  const feed = doc.feed as { link: { "@href": string }[]; entry?: { link: { "@href": string }[] }[] };
  return [...feed.link, ...(feed.entry ?? []).flatMap((e) => e.link)].map((l) => l["@href"]);
}

/** Checks every internal link of the site: the target file exists, and so does the id a fragment names. */
export function checkLinks(site: Pick<BuiltSite, "dir" | "origin" | "prefix">): { checked: number; problems: LinkProblem[] } {
  const problems: LinkProblem[] = [];
  const ids = new Map<string, Set<string>>();
  const idsOf = (p: string) => {
    let set = ids.get(p);
    if (!set) ids.set(p, (set = new Set(all(html(read(site.dir, p)), (e) => !!e.attribs.id || !!e.attribs.name).map((e) => e.attribs.id ?? e.attribs.name!))));
    return set;
  };
  let checked = 0;
  const sources = siteFiles(site.dir).filter((p) => /\.(html|xml|json|txt)$/u.test(p));
  for (const from of sources) {
    const source = read(site.dir, from);
    const urls = from.endsWith(".html") ? htmlUrls(source) : dataUrls(from, source);
    for (const url of urls) {
      const target = toSitePath(url, from, site);
      if (target === null) continue;
      checked++;
      if (target === "outside-prefix") {
        problems.push({ from, url, reason: `outside the path prefix ${site.prefix}` });
        continue;
      }
      let file = target.path.endsWith("/") ? `${target.path}index.html` : target.path;
      const abs = path.join(site.dir, file);
      if (existsSync(abs) && statSync(abs).isDirectory()) file = `${file}/index.html`;
      if (!existsSync(path.join(site.dir, file))) {
        problems.push({ from, url, reason: `no file ${file}` });
        continue;
      }
      if (target.hash && file.endsWith(".html") && !idsOf(file).has(target.hash)) problems.push({ from, url, reason: `no id "${target.hash}" in ${file}` });
    }
  }
  return { checked, problems };
}

/** The desk fixture: content/site.yml, a logo, lead images and articles using every front matter key. */
export const DESK_FIXTURE = path.join(ROOT, "test/fixtures/desk-site");

/** A throwaway project holding the desk fixture: its raw articles and images, content/site.yml and the logo, and an empty registry. */
export function deskProject(): Project {
  const project = makeProject({ raw: {}, entities: {} });
  cpSync(path.join(DESK_FIXTURE, "raw"), path.join(project.dir, "content/raw"), { recursive: true });
  cpSync(path.join(DESK_FIXTURE, "site.yml"), path.join(project.dir, "content/site.yml"));
  cpSync(path.join(DESK_FIXTURE, "logo.png"), path.join(project.dir, "content/logo.png"));
  return project;
}

/**
 * Builds the desk fixture. `env` overrides the environment (SITE_URL…); the variables a developer's
 * shell may hold are cleared so that site.yml is what counts.
 */
export async function buildDeskSite(env: Record<string, string> = {}, project = deskProject()): Promise<BuiltSite & { stderr: string }> {
  // Not `run`: a build of a minute would block the test worker's reports to vitest (see Project.run).
  const r = await project.run("build", [], { SITE_URL: "", PATH_PREFIX: "", SITE_TITLE: "", SITE_DESCRIPTION: "", ...env });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stderr}`);
  return { project, dir: path.join(project.dir, "_site"), origin: env.SITE_URL || "https://news.example.org", prefix: "/", stderr: r.stderr };
}
