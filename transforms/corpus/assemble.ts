import { compareEnglish } from "../text/collate.js";
import type { AnnotatedArticle, Corpus, Entity } from "../model.js";

/** Newest first; undated articles sort last; ties break on title then file so the order is stable. */
export function compareArticles(a: AnnotatedArticle, b: AnnotatedArticle): number {
  const da = a.article.date;
  const db = b.article.date;
  if (da !== db) {
    if (da === null) return 1;
    if (db === null) return -1;
    return da < db ? 1 : -1;
  }
  return compareEnglish(a.article.title, b.article.title) || (a.article.file < b.article.file ? -1 : 1);
}

/**
 * Assembles the corpus: sorts articles and makes slugs unique ("-2", "-3" in file order) so two
 * articles with the same headline never overwrite each other's page.
 */
export function assembleCorpus(annotated: readonly AnnotatedArticle[], entities: readonly Entity[]): Corpus {
  const byFile = [...annotated].sort((a, b) => (a.article.file < b.article.file ? -1 : a.article.file > b.article.file ? 1 : 0));
  const taken = new Set<string>();
  const renamed = byFile.map((a) => {
    let slug = a.article.slug;
    for (let n = 2; taken.has(slug); n++) slug = `${a.article.slug}-${n}`;
    taken.add(slug);
    return slug === a.article.slug ? a : { ...a, article: { ...a.article, slug } };
  });
  return { articles: renamed.sort(compareArticles), entities: new Map(entities.map((e) => [e.id, e])) };
}
