import type { EntityType } from "../model.js";
import { prf, type PRF } from "../ner/train/score.js";

export interface ScoredMention {
  start: number;
  end: number;
  type: EntityType;
  entity: string;
}

export interface DocMentions {
  file: string;
  mentions: ScoredMention[];
}

const spanKey = (file: string, m: { start: number; end: number }) => `${file}:${m.start}:${m.end}`;

/** Exact-span, exact-type precision/recall/F1 per type and overall. */
export function scoreSpans(gold: readonly DocMentions[], predicted: readonly DocMentions[]): Record<EntityType | "all", PRF> {
  const types: (EntityType | "all")[] = ["person", "organization", "place", "all"];
  const out = {} as Record<EntityType | "all", PRF>;
  for (const t of types) {
    const want = (m: ScoredMention) => t === "all" || m.type === t;
    const g = new Set(gold.flatMap((d) => d.mentions.filter(want).map((m) => `${spanKey(d.file, m)}:${m.type}`)));
    const p = new Set(predicted.flatMap((d) => d.mentions.filter(want).map((m) => `${spanKey(d.file, m)}:${m.type}`)));
    let tp = 0;
    for (const k of p) if (g.has(k)) tp++;
    out[t] = prf(tp, p.size - tp, g.size - tp);
  }
  return out;
}

export interface LinkingScore {
  /** Gold mentions whose exact span was found and sent to the page that stands for their entity. */
  recall: number;
  /** B-cubed over gold mentions; a mention the system missed is a singleton in its clustering. */
  bcubed: { precision: number; recall: number; f1: number };
  mentions: number;
}

/**
 * How well mentions reach the right page across articles. Each predicted page stands for the gold
 * entity most of its matched mentions belong to; a gold mention counts as linked when its span was
 * found and its page stands for its own entity.
 */
export function scoreLinking(gold: readonly DocMentions[], predicted: readonly DocMentions[]): LinkingScore {
  const predictedAt = new Map<string, string>();
  for (const d of predicted) for (const m of d.mentions) predictedAt.set(spanKey(d.file, m), m.entity);

  const items = gold.flatMap((d) => d.mentions.map((m, i) => ({ gold: m.entity, page: predictedAt.get(spanKey(d.file, m)) ?? `∅${d.file}:${i}` })));
  const votes = new Map<string, Map<string, number>>();
  for (const it of items) {
    if (it.page.startsWith("∅")) continue;
    const v = votes.get(it.page) ?? new Map<string, number>();
    v.set(it.gold, (v.get(it.gold) ?? 0) + 1);
    votes.set(it.page, v);
  }
  const top = <K extends string>(v: Map<K, number>) => [...v].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  const standsFor = new Map([...votes].map(([page, v]) => [page, top(v)]));
  // An entity split over several pages has one right page: the one holding most of its mentions.
  const pagesOf = new Map<string, Map<string, number>>();
  for (const it of items) {
    if (standsFor.get(it.page) !== it.gold) continue;
    const v = pagesOf.get(it.gold) ?? new Map<string, number>();
    v.set(it.page, (v.get(it.page) ?? 0) + 1);
    pagesOf.set(it.gold, v);
  }
  const rightPage = new Map([...pagesOf].map(([g, v]) => [g, top(v)]));
  const linked = items.filter((it) => rightPage.get(it.gold) === it.page).length;

  const byGold = new Map<string, number>();
  const byPage = new Map<string, number>();
  const both = new Map<string, number>();
  for (const it of items) {
    byGold.set(it.gold, (byGold.get(it.gold) ?? 0) + 1);
    byPage.set(it.page, (byPage.get(it.page) ?? 0) + 1);
    both.set(`${it.gold}\u0000${it.page}`, (both.get(`${it.gold}\u0000${it.page}`) ?? 0) + 1);
  }
  let p = 0;
  let r = 0;
  for (const it of items) {
    const shared = both.get(`${it.gold}\u0000${it.page}`)!;
    p += shared / byPage.get(it.page)!;
    r += shared / byGold.get(it.gold)!;
  }
  const n = items.length || 1;
  const precision = p / n;
  const recall = r / n;
  return {
    recall: linked / n,
    bcubed: { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 },
    mentions: items.length,
  };
}
