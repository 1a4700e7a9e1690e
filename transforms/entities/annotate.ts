import type { AnnotatedArticle, Article, Entity, EntityCount, Mention } from "../model.js";
import { overlaps, proseRanges } from "../text/ranges.js";
import type { MentionSource } from "./source.js";

/** Runs every mention source over the article; an earlier source wins where spans overlap. */
export function annotate(article: Article, sources: readonly MentionSource[]): AnnotatedArticle {
  const ranges = proseRanges(article.blocks, article.titleRange);
  const accepted: Mention[] = [];
  for (const source of sources) {
    for (const m of source.find(article.text, ranges)) {
      if (!accepted.some((a) => overlaps(a, m))) accepted.push(m);
    }
  }
  accepted.sort((a, b) => a.start - b.start);
  return { article, mentions: accepted };
}

/** The entities one article mentions, most mentioned first, then by name. */
export function entityCounts(mentions: readonly Mention[], entities: ReadonlyMap<string, Entity>): EntityCount[] {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  const out: EntityCount[] = [];
  for (const [id, count] of counts) {
    const e = entities.get(id);
    if (e) out.push({ id, name: e.name, type: e.type, count });
  }
  return out.sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, "en"));
}
