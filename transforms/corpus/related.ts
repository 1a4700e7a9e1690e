// One view per article: its summary, reading time, entities, neighbours in time, and the related
// briefings ranked by the entities they share (rarer entities weigh more).
import type { AnnotatedArticle } from "../model.js";
import { ENTITY_TYPES } from "../model.js";
import { squash } from "../text/sentences.js";
import { proseRanges } from "../text/ranges.js";
import { compareEnglish } from "../text/collate.js";
import { wordCount } from "../text/words.js";
import type { EntityIndex } from "./entity-index.js";
import { topK } from "./top-k.js";
import type { ArticleRef, ArticleView, RelatedArticle } from "./views.js";

const WORDS_PER_MINUTE = 230;
const RELATED = 5;
const COMMON_ENTITY = 50;
const SHORTLIST = 50;

export function ref(a: AnnotatedArticle): ArticleRef {
  return { slug: a.article.slug, title: a.article.title, date: a.article.date };
}

function countWords(a: AnnotatedArticle): number {
  let n = 0;
  for (const r of proseRanges(a.article.blocks, null)) n += wordCount(a.article.text, r.start, r.end);
  return n;
}

function summaryOf(a: AnnotatedArticle, max = 220): string {
  const lede = a.article.blocks.find((b) => b.kind === "paragraph");
  if (!lede || lede.kind !== "paragraph") return "";
  const text = squash(a.article.text.slice(lede.start, lede.end));
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(" ", max);
  return `${text.slice(0, cut > 0 ? cut : max).replace(/[\s,;:]+$/u, "")}…`;
}

/** Each article's related briefings, best first, with the entities each shares. */
function relatedArticles(index: EntityIndex): RelatedArticle[][] {
  const { articles, counts, codes, postings, idf } = index;
  // Entities in more articles than this (the "United States" of a corpus) would make scoring
  // quadratic; they only add their small weight to candidates the rarer entities already found.
  const walkLimit = Math.max(COMMON_ENTITY, Math.ceil(Math.sqrt(articles.length) * 2));
  // Which articles name each common entity, one byte an article, made when first needed.
  const members = new Map<number, Uint8Array>();
  const membersOf = (c: number) => {
    let m = members.get(c);
    if (!m) {
      members.set(c, (m = new Uint8Array(articles.length)));
      for (const i of postings[c]!) m[i] = 1;
    }
    return m;
  };
  // Marks the entities of one article, to tell which of another's it shares.
  const mark = new Int32Array(index.ids.length).fill(-1);
  const scores = new Float64Array(articles.length);
  const seenBy = new Int32Array(articles.length).fill(-1);
  return articles.map((_, i) => {
    const touched: number[] = [];
    const common: number[] = [];
    const list = codes[i]!;
    for (const c of list) {
      const at = postings[c]!;
      if (at.length > walkLimit) {
        common.push(c);
        continue;
      }
      const w = idf(c);
      for (const j of at) {
        if (j === i) continue;
        if (seenBy[j] !== i) {
          seenBy[j] = i;
          scores[j] = 0;
          touched.push(j);
        }
        scores[j] = scores[j]! + w;
      }
    }
    // Common entities only reorder the strongest candidates; touching every candidate would be quadratic.
    const byScore = (x: number, y: number) => scores[y]! - scores[x]! || x - y;
    const shortlist = topK(touched, SHORTLIST, (j) => scores[j]!, byScore);
    for (const c of common) {
      const w = idf(c);
      const has = membersOf(c);
      for (const j of shortlist) if (has[j]) scores[j] = scores[j]! + w;
    }
    return shortlist
      .sort(byScore)
      .slice(0, RELATED)
      .map((j) => {
        // What the two share, rarer (weightier) entities first. Equal weights mean equal article
        // counts, so ties never mix common and rare entities.
        for (const c of codes[j]!) mark[c] = j;
        const shared = [...counts[i]!.entries()]
          .filter(([k]) => mark[list[k]!] === j)
          .map(([k, c]) => ({ name: c.name, w: idf(list[k]!) }))
          .sort((x, y) => y.w - x.w || compareEnglish(x.name, y.name));
        return { ...ref(articles[j]!), shared: shared.map((x) => x.name) };
      });
  });
}

export function articleViews(index: EntityIndex): ArticleView[] {
  const { articles, counts } = index;
  const related = relatedArticles(index);
  return articles.map((a, i) => {
    const words = countWords(a);
    return {
      ...ref(a),
      titleDerived: a.article.titleDerived,
      source: a.article.source,
      url: a.article.url,
      authors: a.article.authors,
      section: a.article.section,
      tags: a.article.tags,
      image: a.article.image,
      updated: a.article.updated,
      correction: a.article.correction,
      summary: summaryOf(a),
      words,
      readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
      entities: counts[i]!,
      groups: ENTITY_TYPES.map((type) => ({ type, entities: counts[i]!.filter((c) => c.type === type) })).filter((g) => g.entities.length > 0),
      related: related[i]!,
      // Articles are newest first: "previous" is the older neighbour, "next" the newer one.
      prev: articles[i + 1] && a.article.date ? ref(articles[i + 1]!) : null,
      next: i > 0 ? ref(articles[i - 1]!) : null,
    };
  });
}
