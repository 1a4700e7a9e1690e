/**
 * Entity URLs once published keep answering. `content/entities/_published.txt` records every entity
 * id a build has published (committed, like the registry, so a fresh clone knows them); an id on it
 * without a page now gets a redirect to the entity it went into, or to search for its name.
 */
import type { Corpus } from "../model.js";
import { entityId } from "../model.js";
import type { Moved } from "../entities/apply-decisions.js";

export interface Redirect {
  /** The entity id whose page is gone. */
  id: string;
  /** Where its readers go: a root-relative site path. */
  to: string;
  /** What the old page was about, for the redirect page's text. */
  name: string;
}

/** The record's ids: one per line; blank lines and `#` comments ignored. */
export function parsePublished(text: string): string[] {
  return text
    .split(/\r?\n/u)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
}

export function formatPublished(ids: Iterable<string>): string {
  const sorted = [...new Set(ids)].sort();
  return `# Entity ids that a build of this site has published. Kept so their URLs keep answering\n# (a redirect page and _redirects rule) after a merge, rejection or threshold change.\n${sorted.map((id) => `${id}\n`).join("")}`;
}

const words = (id: string) => id.replace(/-\d+$/u, "").replace(/-/gu, " ");

/**
 * Redirects for every recorded id without a page in `published` (the corpus the site shows). `full`
 * is the corpus before the evidence threshold, `moved` what the decisions removed and where to.
 */
export function redirectsFor(record: readonly string[], published: Corpus, full: Corpus, moved: ReadonlyMap<string, Moved>): Redirect[] {
  const out: Redirect[] = [];
  for (const id of [...new Set(record)].sort()) {
    if (published.entities.has(entityId(id))) continue;
    let to = moved.get(id)?.to ?? null;
    // A target can itself have gone since (merged on, or below the threshold): follow, then give up.
    for (let n = 0; to !== null && !published.entities.has(entityId(to)) && n < 16; n++) to = moved.get(to)?.to ?? null;
    const name = full.entities.get(entityId(id))?.name ?? moved.get(id)?.name ?? words(id);
    if (to && published.entities.has(entityId(to))) out.push({ id, to: `/entities/${to}/`, name });
    else out.push({ id, to: `/search/?q=${encodeURIComponent(name)}`, name });
  }
  return out;
}
