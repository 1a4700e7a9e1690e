import type { EntityType } from "../model.js";
import { ENTITY_TYPES } from "../model.js";
import type { ArticleView, Crosslinked, EntityView } from "../crosslink.js";

export const TYPE_LABELS: Record<EntityType, { one: string; many: string }> = {
  person: { one: "Person", many: "People" },
  organization: { one: "Organisation", many: "Organisations" },
  place: { one: "Place", many: "Places" },
};

export interface IndexEntry {
  id: string;
  name: string;
  count: number;
  articles: number;
}

export interface SiteData {
  site: { title: string; description: string; url: string; lang: string };
  articles: ArticleView[];
  entities: EntityView[];
  /** Entities A–Z within each type, for the index page. */
  index: { type: EntityType; label: string; entities: IndexEntry[] }[];
  /** What the home page shows: latest briefings and the most-mentioned entities per type. */
  home: { latest: ArticleView[]; top: { type: EntityType; label: string; entities: IndexEntry[] }[] };
  /** Just what the markdown renderer needs to turn an entity tag into a link. */
  links: Record<string, { name: string; type: EntityType; description: string }>;
  typeLabels: typeof TYPE_LABELS;
}

export interface SiteOptions {
  title: string;
  description: string;
  url: string;
}

const LATEST = 10;
const TOP_PER_TYPE = 8;

function entry(e: EntityView): IndexEntry {
  return { id: e.id, name: e.name, count: e.mentions, articles: e.articles.length };
}

/** The one object handed to Eleventy as global data. Templates only present it. */
export function siteData(x: Crosslinked, options: SiteOptions): SiteData {
  const index = ENTITY_TYPES.map((type) => ({
    type,
    label: TYPE_LABELS[type].many,
    entities: x.entities
      .filter((e) => e.type === type)
      .map(entry)
      .sort((a, b) => a.name.localeCompare(b.name, "en", { sensitivity: "base" })),
  }));
  const top = ENTITY_TYPES.map((type) => ({
    type,
    label: TYPE_LABELS[type].many,
    entities: x.entities.filter((e) => e.type === type && e.mentions > 0).slice(0, TOP_PER_TYPE).map(entry),
  }));
  const links: SiteData["links"] = {};
  for (const e of x.entities) links[e.id] = { name: e.name, type: e.type, description: e.description };
  return {
    site: { title: options.title, description: options.description, url: options.url, lang: "en" },
    articles: x.articles,
    entities: x.entities,
    index,
    home: { latest: x.articles.slice(0, LATEST), top },
    links,
    typeLabels: TYPE_LABELS,
  };
}
