import { compareEnglish } from "../text/collate.js";
import { stringify as toYaml } from "yaml";
import type { Corpus, Entity, EntityType } from "../model.js";
import { contextsFor } from "./quotes.js";

export interface ReviewItem {
  id: string;
  name: string;
  type: EntityType;
  mentions: number;
  articles: number;
  published: boolean;
  aliases: string[];
  /** One sentence that mentions it, and the file it came from. */
  context: { file: string; text: string } | null;
}

/** About `width` characters of the sentence centred on the first bracketed mention, cut between words. */
export function snippet(sentence: string, width = 150): string {
  if (sentence.length <= width) return sentence;
  const at = Math.max(0, sentence.indexOf("["));
  let start = Math.max(0, at - Math.floor(width / 3));
  let end = Math.min(sentence.length, start + width);
  if (start > 0) start = sentence.indexOf(" ", start) + 1;
  if (end < sentence.length) end = sentence.lastIndexOf(" ", end);
  return `${start > 0 ? "…" : ""}${sentence.slice(start, end)}${end < sentence.length ? "…" : ""}`;
}

/** Automatically found entities, most mentioned first: what an editor should look at next. */
export function reviewQueue(corpus: Corpus): ReviewItem[] {
  const stats = new Map<string, { mentions: number; articles: Set<number>; first: number }>();
  corpus.articles.forEach((a, i) => {
    for (const m of a.mentions) {
      const s = stats.get(m.entityId) ?? { mentions: 0, articles: new Set<number>(), first: i };
      s.mentions++;
      s.articles.add(i);
      stats.set(m.entityId, s);
    }
  });
  const items: ReviewItem[] = [];
  for (const e of corpus.entities.values()) {
    const s = stats.get(e.id);
    if (e.origin !== "auto" || !s) continue;
    const article = corpus.articles[s.first]!;
    const ctx = contextsFor(article, e.id)[0];
    items.push({
      id: e.id,
      name: e.name,
      type: e.type,
      mentions: s.mentions,
      articles: s.articles.size,
      published: e.published,
      aliases: e.aliases,
      context: ctx ? { file: article.article.file, text: snippet(ctx.map((r) => (r.mark ? `[${r.text}]` : r.text)).join("")) } : null,
    });
  }
  return items.sort((a, b) => b.mentions - a.mentions || b.articles - a.articles || compareEnglish(a.name, b.name));
}

/** The registry file for an accepted entity: the name, its type and every alias seen. */
export function registryYaml(e: Entity, firstSeenIn: string | null): string {
  const description = firstSeenIn ? `${e.type === "person" ? "Person" : e.type === "place" ? "Place" : "Organisation"} first seen in “${firstSeenIn}”.` : e.description;
  return toYaml(
    { id: e.id, name: e.name, type: e.type, aliases: e.aliases, description, ...(e.wikidata ? { wikidata: e.wikidata } : {}) },
    { lineWidth: 0 },
  );
}
