// Site data for Eleventy, stored so that no template pays for data it does not show. The light part
// (articles, indexes, entity names) is one JSON file; each entity's heavy part (its briefings with
// contexts, its feed, its charts) is one line of an NDJSON pack, read only when its own page renders.
import { closeSync, openSync, readFileSync, readSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { sameStamp, stampOf, writeIfChanged, type Stamp } from "../files.js";
import path from "node:path";
import { DRAWN, defineDrawn, type ArticlePage, type EntityPage, type SiteData } from "../site/data.js";
import type { PrerenderedBody } from "../render/prerendered.js";
import { ENTITY_ENTRIES } from "../site/feeds.js";
import { digest } from "../digest.js";

/** Where `npm run build` writes the store: inside Eleventy's input, so the dev server sees it change. */
export const SITE_STORE_DIR = "content/_dossier";
const LIGHT = "site.json";
const PACK = "entities.ndjson";

const ARTICLES = "articles.ndjson";

// Fields only the entity's own page and feed read; everything else stays in the light file.
const HEAVY = ["articles", "timeline", "coMentions"] as const;
type Heavy = (typeof HEAVY)[number];
type Drawn = (typeof DRAWN)[number];
type Detail = Pick<EntityPage, Heavy>;
type Span = [offset: number, length: number];
type LightEntity = Omit<EntityPage, Heavy | Drawn> & { detail: Span };
/** Each article's page data is only read by its own briefing page, so it is packed too. */
type LightSite = Omit<SiteData, "entities" | "articles"> & { entities: LightEntity[]; articles: Span[] };

/** Content digests of what each page reads from the store, so the build can tell which pages changed. */
export interface StoreDigests {
  /** Entity id → digest of its light record and its detail line (its page and feed read both). */
  entities: Map<string, string>;
  /** Entity id → digest of what a briefing that links to it reads: link text and title, JSON-LD. */
  entityRefs: Map<string, string>;
  /** Article slug → digest of its page data line. */
  articles: Map<string, string>;
}

/** One JSON value a line, built a line at a time: the pack is never one giant string, whatever the corpus size. */
class PackWriter {
  private readonly lines: Buffer[] = [];
  private offset = 0;
  last: Buffer = Buffer.alloc(0);
  add(value: unknown): Span {
    return this.addLine(Buffer.from(`${JSON.stringify(value)}\n`));
  }
  /** A line already serialised, newline included. */
  addLine(line: Buffer): Span {
    this.lines.push(line);
    this.last = line;
    const at: Span = [this.offset, line.length];
    this.offset += line.length;
    return at;
  }
  bytes(): Buffer {
    return Buffer.concat(this.lines);
  }
}

/**
 * Which detail line the last build wrote for each entity, and the digest of what it was made from
 * (`Crosslinked.inputs`). Valid only beside the pack it describes: it is removed before the pack is
 * written and written after, so a build that stops midway leaves none.
 */
const REUSE = "details.json";
interface Reuse {
  code: string;
  /** Size and time of the pack the offsets are into, as this build left it. */
  pack: Stamp;
  /** Entity id → its inputs' digest, its line's place in the pack and the line's digest. */
  entities: Record<string, [input: string, offset: number, length: number, line: string]>;
}
/** The code that shapes a detail line; editing any of it makes every line anew. */
const SHAPING = [
  ...["crosslink", "entity-index", "related", "entity-views", "quotes", "top-k", "views"].map((f) => `../corpus/${f}.ts`),
  "../text/sentences.ts",
  "../text/ranges.ts",
  "../site/data.ts",
  "./site-store.ts",
];
const CODE = digest(...SHAPING.map((f) => readFileSync(new URL(f, import.meta.url))));

/** The last build's detail lines, when they were written by this code. */
async function lastDetails(dir: string): Promise<{ reuse: Reuse; json: string; pack: Buffer } | null> {
  const json = await readFile(path.join(dir, REUSE), "utf8").catch(() => "");
  let reuse: Reuse | null = null;
  try {
    reuse = JSON.parse(json) as Reuse;
  } catch {
    // Missing or damaged: every line is made anew, as on a first build.
  }
  if (reuse?.code !== CODE) return null;
  // Anything else writing the pack (another tool, a hand edit) would make the offsets slice garbage.
  if (!sameStamp(await stampOf(path.join(dir, PACK)), reuse.pack)) return null;
  const pack = await readFile(path.join(dir, PACK)).catch(() => null);
  return pack && { reuse, json, pack };
}

/**
 * Writes the store; files whose bytes are unchanged are left alone, so watchers only see real changes.
 * With `inputs` (see `Crosslinked.inputs`), an entity whose inputs are as last time keeps the detail
 * line written then: serialising every entity's briefings and quotes is most of the store's time,
 * and one new article changes only the entities it names.
 */
export async function writeSiteStore(
  data: SiteData,
  dir: string,
  bodies: ReadonlyMap<string, PrerenderedBody> = new Map(),
  inputs?: ReadonlyMap<string, string>,
): Promise<{ changed: boolean; digests: StoreDigests; reused: number }> {
  await mkdir(dir, { recursive: true });
  const last = inputs ? await lastDetails(dir) : null;
  const reuse: Reuse = { code: CODE, pack: [0, 0], entities: {} };
  let reused = 0;
  const digests: StoreDigests = { entities: new Map(), entityRefs: new Map(), articles: new Map() };
  const details = new PackWriter();
  /** Each detail line's digest, in pack order. */
  const lines: string[] = [];
  const cardDigests = new Map<string, string>();
  const cardDigest = (slug: string) => {
    let d = cardDigests.get(slug);
    if (d === undefined) cardDigests.set(slug, (d = digest(JSON.stringify(Object.hasOwn(data.feedCards, slug) ? data.feedCards[slug] : null))));
    return d;
  };
  const entities = data.entities.map((e): LightEntity => {
    const light: Record<string, unknown> = {};
    const heavy: (keyof EntityPage)[] = [];
    for (const k of Object.keys(e) as (keyof EntityPage)[]) {
      // The charts are drawn again on reading; reading them here would draw every one.
      if ((DRAWN as readonly string[]).includes(k)) continue;
      if ((HEAVY as readonly string[]).includes(k)) heavy.push(k);
      else light[k] = e[k];
    }
    const input = inputs?.get(e.id);
    const before = input !== undefined && last && Object.hasOwn(last.reuse.entities, e.id) ? last.reuse.entities[e.id]! : null;
    const kept = before?.[0] === input && before ? last!.pack.subarray(before[1], before[1] + before[2]) : null;
    if (kept) reused++;
    // A kept line's quotes are never read, so never cut (see `BriefingEntry`).
    const at = kept ? details.addLine(kept) : details.add(Object.fromEntries(heavy.map((k) => [k, e[k]])));
    const line = kept ? before![3] : digest(details.last);
    lines.push(line);
    if (input !== undefined) reuse.entities[e.id] = [input, ...at, line];
    const lightJson = JSON.stringify(light);
    // Not the whole light record: counts and aliases change with every article that mentions it.
    digests.entityRefs.set(e.id, digest(JSON.stringify([e.id, e.name, e.type, e.description, e.wikidata])));
    // The feed is drawn from the cards of the entity's latest briefings, which live elsewhere.
    const cards = e.articles.slice(0, ENTITY_ENTRIES).map((a) => cardDigest(a.slug));
    digests.entities.set(e.id, digest(lightJson, line, ...cards));
    return { ...(light as Omit<EntityPage, Heavy>), detail: at };
  });
  const views = new PackWriter();
  const articles = data.articles.map((a) => {
    const body = bodies.get(a.slug);
    const at = views.add(body ? { ...a, body } : a);
    digests.articles.set(a.slug, digest(views.last));
    return at;
  });
  const pack = details.bytes();
  const articlePack = views.bytes();
  const site: LightSite = { ...data, entities, articles };
  // The light file names the packs' lines by digest, so a changed pack always changes the file Eleventy watches.
  const lightJson = JSON.stringify({ pack: digest(lines.join(","), [...digests.articles.values()].join(",")), site });
  const packChanges = !last?.pack.equals(pack);
  if (packChanges) await rm(path.join(dir, REUSE), { force: true });
  const a = await writeIfChanged(path.join(dir, PACK), pack, last?.pack);
  const b = await writeIfChanged(path.join(dir, ARTICLES), articlePack);
  const c = await writeIfChanged(path.join(dir, LIGHT), lightJson);
  if (inputs) {
    reuse.pack = (await stampOf(path.join(dir, PACK)))!;
    const json = JSON.stringify(reuse);
    // Left alone when nothing in it moved: the dev server watches this folder.
    if (packChanges || json !== last?.json) await writeFile(path.join(dir, REUSE), json);
  }
  return { changed: a || b || c, digests, reused };
}

/** Reads detail lines by position, keeping the few most recent (a page asks for its entity's fields several times). */
class PackReader<T> {
  private readonly recent = new Map<number, T>();
  private fd: number | null = null;
  constructor(private readonly file: string) {}

  read([offset, length]: Span): T {
    const hit = this.recent.get(offset);
    if (hit) return hit;
    this.fd ??= openSync(this.file, "r");
    const buf = Buffer.alloc(length);
    readSync(this.fd, buf, 0, length, offset);
    const detail = JSON.parse(buf.toString("utf8")) as T;
    this.recent.set(offset, detail);
    // Pages render a handful at a time; a small window is enough and keeps memory flat.
    if (this.recent.size > 32) this.recent.delete(this.recent.keys().next().value!);
    return detail;
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    this.recent.clear();
  }
}

/**
 * Not a plain object on purpose: Eleventy deep-copies plain-object data into every template's data,
 * which for this object costs pages × entities. A class instance is passed by reference.
 */
class SiteDataRoot {}

let readers: PackReader<unknown>[] = [];

/**
 * The site data as templates see it. `entityPages` is what the entity page and feed templates paginate
 * over: every entity, unless this render was asked for some only (an incremental or batched build).
 */
export type LoadedSite = Omit<SiteData, "articles"> & { articles: StoredArticle[]; entityPages: EntityPage[] };

/** A briefing's page data as stored: with its body's HTML when the build rendered it ahead. */
export type StoredArticle = ArticlePage & { body?: PrerenderedBody };

/** Loads the store as the `SiteData` templates expect; packed fields are getters that read on use. */
export async function loadSiteStore(dir: string, options: { entityPages?: ReadonlySet<string> } = {}): Promise<LoadedSite> {
  const { site } = JSON.parse(await readFile(path.join(dir, LIGHT), "utf8")) as { site: LightSite };
  for (const r of readers) r.close();
  const details = new PackReader<Detail>(path.join(dir, PACK));
  const views = new PackReader<StoredArticle>(path.join(dir, ARTICLES));
  readers = [details, views] as PackReader<unknown>[];
  const entities = site.entities.map((light) => {
    const { detail, ...rest } = light;
    const e = rest as Record<string, unknown>;
    for (const key of HEAVY) Object.defineProperty(e, key, { enumerable: true, get: () => details.read(detail)[key] });
    return defineDrawn(e as unknown as Omit<EntityPage, Drawn>, { cards: site.feedCards, siteTitle: site.site.title });
  });
  // An array of index getters: `length` and `articles[i]` behave as on a plain array, and only read pages are parsed.
  const articles: StoredArticle[] = [];
  site.articles.forEach((at, i) => Object.defineProperty(articles, i, { enumerable: true, get: () => views.read(at) }));
  const only = options.entityPages;
  const entityPages = only ? entities.filter((e) => only.has(e.id)) : entities;
  return Object.assign(new SiteDataRoot(), { ...site, entities, articles, entityPages }) as LoadedSite;
}
