// What each generated page is made of, as a digest, so a build can re-render only the pages whose
// inputs changed. Site-wide inputs (layouts, templates, code, site options) are not here:
// the build folds them into one key that invalidates every page at once.
import { digest } from "../digest.js";
import type { SiteData } from "../site/data.js";
import { ENTITY_ENTRIES } from "../site/feeds.js";
import type { StoreDigests } from "./site-store.js";

/** A page, or a page and its feed, that is rendered as a whole from one set of inputs. */
export interface RenderUnit {
  kind: "briefing" | "entity";
  /** Article slug or entity id. */
  id: string;
  /** Digest of every input the unit's templates read. */
  hash: string;
  /** Output files, relative to the site folder; they must match the templates' permalinks. */
  outputs: string[];
  /** Estimated rendering time in milliseconds, for sharing the work between processes. */
  cost: number;
}

/**
 * Measured at 5,000 articles: a briefing page takes about 3 ms (its body is rendered ahead), an
 * entity page and its feed about 1 ms plus some 40 µs per briefing listed or feed entry; the most
 * mentioned entities list thousands of briefings, which made one batch of them six times the others.
 */
const BRIEFING_MS = 3;
// The feed's length from the article count: reading `e.feed` would draw every feed here (see defineDrawn).
const entityMs = (e: SiteData["entities"][number]) => 1 + 0.04 * (e.articles.length + Math.min(e.articles.length, ENTITY_ENTRIES));

/**
 * One unit per briefing and per entity. A briefing reads its markdown file (given by digest), its page data and the
 * light record of each entity it links to; an entity page and feed read the entity's record and detail.
 * Both read `site` and `typeLabels`.
 */
export function renderUnits(data: SiteData, markdownDigests: ReadonlyMap<string, string>, digests: StoreDigests): RenderUnit[] {
  const shared = JSON.stringify([data.site, data.typeLabels]);
  const units: RenderUnit[] = [];
  for (const a of data.articles) {
    const refs = a.entities.map((e) => digests.entityRefs.get(e.id) ?? "");
    units.push({
      kind: "briefing",
      id: a.slug,
      hash: digest(shared, markdownDigests.get(a.slug) ?? "", digests.articles.get(a.slug) ?? "", ...refs),
      outputs: [`briefings/${a.slug}/index.html`],
      cost: BRIEFING_MS,
    });
  }
  for (const e of data.entities) {
    units.push({ kind: "entity", id: e.id, hash: digest(shared, digests.entities.get(e.id) ?? ""), outputs: [`entities/${e.id}/index.html`, `entities/${e.id}/feed.xml`], cost: entityMs(e) });
  }
  return units;
}
