import type { EntityView } from "../corpus/views.js";
import type { QuoteRef, RoleSummary } from "../corpus/dossier.js";

/** Quotations shown per briefing on an entity page; the rest are a link to the briefing. */
export const QUOTES_PER_BRIEFING = 5;
/** Briefings whose quotations an entity page shows, newest first. */
export const QUOTED_BRIEFINGS = 20;
/** "New in the briefings": entities first seen within this many days of the newest dated briefing. */
export const NEW_DAYS = 7;
const NEW_SHOWN = 12;

export interface QuoteGroup {
  slug: string;
  title: string;
  date: string | null;
  quotes: string[];
  /** Quotations in this briefing beyond those shown. */
  more: number;
}

/** An entity's quotations by briefing, newest first, at most `QUOTES_PER_BRIEFING` each. */
export function quoteGroups(quotes: readonly QuoteRef[]): QuoteGroup[] {
  const out: QuoteGroup[] = [];
  for (const q of quotes) {
    let g = out.at(-1);
    if (g?.slug !== q.article) {
      if (out.length === QUOTED_BRIEFINGS) break;
      out.push((g = { slug: q.article, title: q.title, date: q.date, quotes: [], more: 0 }));
    }
    if (g.quotes.length < QUOTES_PER_BRIEFING) g.quotes.push(q.text);
    else g.more++;
  }
  return out;
}

/**
 * A person's roles in the order they were first given, when they change over time ("shadow
 * chancellor", then "chancellor"): only dated roles, and only when there are at least two.
 */
export function rolesOverTime(e: Pick<EntityView, "type" | "roles">): RoleSummary[] {
  if (e.type !== "person") return [];
  const dated = e.roles.filter((r) => r.first !== null);
  if (dated.length < 2) return [];
  return [...dated].sort((x, y) => (x.first! < y.first! ? -1 : x.first! > y.first! ? 1 : y.count - x.count));
}

/** The day `days - 1` days before an ISO day. */
function daysBefore(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - (days - 1));
  return d.toISOString().slice(0, 10);
}

export interface NewEntry {
  id: string;
  name: string;
  type: EntityView["type"];
  firstSeen: string;
  articles: number;
}

/** Entities first seen in the latest `NEW_DAYS` days of dated briefings, newest first, then most written about. */
export function newInBriefings(entities: readonly EntityView[], newest: string | null): NewEntry[] {
  if (!newest) return [];
  const since = daysBefore(newest, NEW_DAYS);
  return entities
    .filter((e) => e.firstSeen?.date && e.firstSeen.date >= since)
    .map((e) => ({ id: e.id, name: e.name, type: e.type, firstSeen: e.firstSeen!.date!, articles: e.articles.length, mentions: e.mentions }))
    .sort((x, y) => (x.firstSeen < y.firstSeen ? 1 : x.firstSeen > y.firstSeen ? -1 : y.mentions - x.mentions || (x.name < y.name ? -1 : 1)))
    .slice(0, NEW_SHOWN)
    .map(({ mentions: _m, ...rest }) => rest);
}

/** Briefings named beside each role on an entity page; the rest are counted. */
const ROLE_BRIEFINGS = 5;

export interface RoleLink {
  text: string;
  count: number;
  briefings: { slug: string; title: string }[];
  more: number;
}

/** Each role with links to the latest briefings that give it. */
export function roleLinks(roles: readonly RoleSummary[], titles: ReadonlyMap<string, string>): RoleLink[] {
  return roles.map((r) => ({
    text: r.text,
    count: r.count,
    briefings: r.articles.slice(0, ROLE_BRIEFINGS).map((slug) => ({ slug, title: titles.get(slug) ?? slug })),
    more: Math.max(0, r.articles.length - ROLE_BRIEFINGS),
  }));
}
