import type { AnnotatedArticle, Entity, EntityCount, EntityType } from "../model.js";
import { entityCounts } from "../entities/annotate.js";

/** The stable `annotate --json` record. Offsets index the file text with any BOM removed. */
export interface AnnotationRecord {
  file: string;
  slug: string;
  title: string;
  date: string | null;
  entities: EntityCount[];
  mentions: { start: number; end: number; text: string; type: EntityType; entity: string }[];
}

export function annotationRecord(a: AnnotatedArticle, entities: ReadonlyMap<string, Entity>): AnnotationRecord {
  return {
    file: a.article.file,
    slug: a.article.slug,
    title: a.article.title,
    date: a.article.date,
    entities: entityCounts(a.mentions, entities),
    mentions: a.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text, type: m.type, entity: m.entityId })),
  };
}
