import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { parseConll, type GoldSentence } from "../conll.js";
import { settings } from "../../config.js";

/** shared/ sits beside the repository checkout; NER_CORPORA overrides for other layouts. */
export function corporaRoot(): string {
  return settings().nerCorpora ?? fileURLToPath(new URL("../../../../shared/corpora", import.meta.url));
}

/** A named slice of one gold corpus. */
export interface CorpusPart {
  name: string;
  sentences: GoldSentence[];
}

/** A training part and how many times each of its sentences is presented per epoch (fractions subsample). */
export interface WeightedPart extends CorpusPart {
  weight: number;
}

const cache = new Map<string, GoldSentence[]>();

/**
 * Loads one file under ner/. Files without `-DOCSTART-` or `newdoc` lines (tweets, CrossNER
 * sentences) hold unrelated sentences, so each becomes a document of its own: document-level
 * casing evidence must not leak from one tweet into the next.
 */
export function loadCorpus(rel: string): GoldSentence[] {
  const hit = cache.get(rel);
  if (hit) return hit;
  const prefix = `${rel}:`;
  const sentences = parseConll(readFileSync(join(corporaRoot(), "ner", rel), "utf8"), prefix);
  const oneDoc = sentences.every((s) => s.doc === sentences[0]?.doc);
  const out = oneDoc && sentences.length > 1 ? sentences.map((s, i) => ({ ...s, doc: `${prefix}s${i}` })) : sentences;
  cache.set(rel, out);
  return out;
}

/**
 * BTC tags a mention's "@" as an entity of its own ("@ SportsCenter" → B-ORG B-ORG). A lone "@"
 * is no name, so it is trained as O and the handle keeps its tag.
 */
export function withoutMentionSigns(s: GoldSentence): GoldSentence {
  if (!s.tokens.includes("@")) return s;
  const tags = s.tags.map((t, i) => (s.tokens[i] === "@" && t.startsWith("B-") && s.tags[i + 1]?.startsWith("B-") ? "O" : t));
  return { ...s, tags };
}

const PUD = "uner-en-pud/en_pud-ud-test.iob2";

/**
 * PUD documents alternate between dev and locked test in id order, so both halves mix
 * news ("n…") and Wikipedia ("w…") documents the same way.
 */
function pudHalf(even: boolean): GoldSentence[] {
  const pud = loadCorpus(PUD);
  const docIds = [...new Set(pud.map((s) => s.doc))].sort();
  const keep = new Set(docIds.filter((_, i) => (i % 2 === 0) === even));
  return pud.filter((s) => keep.has(s.doc));
}

const CROSSNER_DOMAINS = ["politics", "science", "music", "literature", "ai"] as const;

/**
 * The locked test: never trained on, never tuned on, and its errors are not read. Scored by
 * `npm run eval:ner -- --locked`.
 */
export function lockedParts(): CorpusPart[] {
  return [
    { name: "uner-en-pud odd docs", sentences: pudHalf(false) },
    { name: "uner-en-ewt test", sentences: loadCorpus("uner-en-ewt/en_ewt-ud-test.iob2") },
    { name: "btc test", sentences: loadCorpus("btc/btc.test.iob2") },
    { name: "wnut17 test", sentences: loadCorpus("wnut17/wnut17.test.iob2") },
    { name: "crossner politics test", sentences: loadCorpus("crossner/politics.test.iob2") },
    { name: "redocred test", sentences: loadCorpus("redocred/redocred.test.iob2") },
  ];
}

/** The dev split: corpus weights, features and epochs are chosen on these scores. */
export function devParts(): CorpusPart[] {
  return [
    { name: "uner-en-pud even docs", sentences: pudHalf(true) },
    { name: "btc dev", sentences: loadCorpus("btc/btc.dev.iob2") },
    { name: "wnut17 dev", sentences: loadCorpus("wnut17/wnut17.dev.iob2") },
    ...CROSSNER_DOMAINS.map((d) => ({ name: `crossner ${d} dev`, sentences: loadCorpus(`crossner/${d}.dev.iob2`) })),
  ];
}

/** Per-corpus weights of the training data, tuned on the dev split; the closer to news, the heavier. */
export const DEFAULT_WEIGHTS: Readonly<Record<string, number>> = {
  wikigold: 2,
  "uner-en-ewt": 1,
  btc: 1,
  wnut17: 1,
  crossner: 2,
  redocred: 2,
  litbank: 1,
  "multiner-en": 1,
  "uner-en-pud": 3,
  "crossner-dev": 2,
  "btc-dev": 1,
  "wnut17-dev": 1,
};

/** The training data proper, by corpus; every file here is outside both the dev and the locked split. */
export function trainParts(weights: Readonly<Record<string, number>> = DEFAULT_WEIGHTS): WeightedPart[] {
  const w = (name: string): number => weights[name] ?? DEFAULT_WEIGHTS[name] ?? 1;
  const part = (name: string, files: string[], fix = (s: GoldSentence): GoldSentence => s): WeightedPart => ({
    name,
    weight: w(name),
    sentences: files.flatMap((f) => loadCorpus(f).map(fix)),
  });
  return [
    part("wikigold", ["wikigold/wikigold.conll.txt"]),
    part("uner-en-ewt", ["uner-en-ewt/en_ewt-ud-train.prerelease.iob2", "uner-en-ewt/en_ewt-ud-dev.iob2"]),
    part("btc", ["btc/btc.train.iob2"], withoutMentionSigns),
    part("wnut17", ["wnut17/wnut17.train.iob2"]),
    part("crossner", [
      ...CROSSNER_DOMAINS.map((d) => `crossner/${d}.train.iob2`),
      ...CROSSNER_DOMAINS.filter((d) => d !== "politics").map((d) => `crossner/${d}.test.iob2`),
    ]),
    part("redocred", ["redocred/redocred.dev.iob2"]),
    part("litbank", ["litbank/litbank.iob2"]),
    part("multiner-en", ["multiner-en/multiner-en.iob2"]),
  ];
}

/**
 * The dev split as training parts, folded into the shipped model once the weights are chosen
 * (the locked test stays out).
 */
export function devAsTrainParts(weights: Readonly<Record<string, number>> = DEFAULT_WEIGHTS): WeightedPart[] {
  const w = (name: string): number => weights[name] ?? DEFAULT_WEIGHTS[name] ?? 1;
  return [
    { name: "uner-en-pud", weight: w("uner-en-pud"), sentences: pudHalf(true) },
    { name: "btc-dev", weight: w("btc-dev"), sentences: loadCorpus("btc/btc.dev.iob2").map(withoutMentionSigns) },
    { name: "wnut17-dev", weight: w("wnut17-dev"), sentences: loadCorpus("wnut17/wnut17.dev.iob2") },
    {
      name: "crossner-dev",
      weight: w("crossner-dev"),
      sentences: CROSSNER_DOMAINS.flatMap((d) => loadCorpus(`crossner/${d}.dev.iob2`)),
    },
  ];
}

/** Raw wikinews articles: unlabelled. */
export function wikinewsDir(): string {
  return join(corporaRoot(), "wikinews");
}
