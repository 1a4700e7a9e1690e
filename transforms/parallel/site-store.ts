// Site data for Eleventy, stored so that no template pays for data it does not show. The light part
// (articles, indexes, entity names) is one JSON file; each entity's heavy part (its briefings with
// contexts, its feed, its charts) is one line of an NDJSON pack, read only when its own page renders.
import { createHash } from "node:crypto";
import { closeSync, openSync, readSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import type { EntityPage, SiteData } from "../site/data.js";

/** Where `npm run build` writes the store: inside Eleventy's input, so the dev server sees it change. */
export const SITE_STORE_DIR = "content/_dossier";
const LIGHT = "site.json";
const PACK = "entities.ndjson";

// Fields only the entity's own page and feed read; everything else stays in the light file.
const HEAVY = ["articles", "feed", "timelineChart", "graph", "timeline", "coMentions"] as const;
type Heavy = (typeof HEAVY)[number];
type Detail = Pick<EntityPage, Heavy>;
type LightEntity = Omit<EntityPage, Heavy> & { detail: [offset: number, length: number] };
type LightSite = Omit<SiteData, "entities"> & { entities: LightEntity[] };

async function writeIfChanged(file: string, content: string | Buffer): Promise<boolean> {
  const old = await readFile(file).catch(() => null);
  if (old && old.equals(typeof content === "string" ? Buffer.from(content) : content)) return false;
  await writeFile(`${file}.tmp`, content);
  await rename(`${file}.tmp`, file);
  return true;
}

/** Writes the store; files whose bytes are unchanged are left alone, so watchers only see real changes. */
export async function writeSiteStore(data: SiteData, dir: string): Promise<{ changed: boolean }> {
  await mkdir(dir, { recursive: true });
  const lines: Buffer[] = [];
  let offset = 0;
  const entities = data.entities.map((e): LightEntity => {
    const light: Record<string, unknown> = {};
    const detail: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(e)) ((HEAVY as readonly string[]).includes(k) ? detail : light)[k] = v;
    // One entity at a time: the pack is never one giant string, whatever the corpus size.
    const line = Buffer.from(`${JSON.stringify(detail)}\n`);
    lines.push(line);
    const at: [number, number] = [offset, line.length];
    offset += line.length;
    return { ...(light as Omit<EntityPage, Heavy>), detail: at };
  });
  const pack = Buffer.concat(lines);
  const site: LightSite = { ...data, entities };
  // The light file names the pack's hash, so a changed pack always changes the file Eleventy watches.
  const lightJson = JSON.stringify({ pack: createHash("sha256").update(pack).digest("hex"), site });
  const a = await writeIfChanged(path.join(dir, PACK), pack);
  const b = await writeIfChanged(path.join(dir, LIGHT), lightJson);
  return { changed: a || b };
}

/** Reads detail lines by position, keeping the few most recent (a page asks for its entity's fields several times). */
class DetailReader {
  private readonly recent = new Map<number, Detail>();
  private fd: number | null = null;
  constructor(private readonly file: string) {}

  read([offset, length]: [number, number]): Detail {
    const hit = this.recent.get(offset);
    if (hit) return hit;
    this.fd ??= openSync(this.file, "r");
    const buf = Buffer.alloc(length);
    readSync(this.fd, buf, 0, length, offset);
    const detail = JSON.parse(buf.toString("utf8")) as Detail;
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

let reader: DetailReader | null = null;

/** Loads the store as the `SiteData` templates expect; heavy entity fields are getters that read on use. */
export async function loadSiteStore(dir: string): Promise<SiteData> {
  const { site } = JSON.parse(await readFile(path.join(dir, LIGHT), "utf8")) as { site: LightSite };
  reader?.close();
  const r = (reader = new DetailReader(path.join(dir, PACK)));
  const entities = site.entities.map((light) => {
    const { detail, ...rest } = light;
    const e = rest as Record<string, unknown>;
    for (const key of HEAVY) Object.defineProperty(e, key, { enumerable: true, get: () => r.read(detail)[key] });
    return e as unknown as EntityPage;
  });
  return Object.assign(new SiteDataRoot(), { ...site, entities }) as SiteData;
}
