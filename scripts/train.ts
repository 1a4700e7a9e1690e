/**
 * Trains the English NER model shipped in models/ner-en.bin.gz.
 *
 *   npm run train                 # final model: train + tune split, writes models/
 *   npm run train -- --tune       # hyper-parameter run: scores the tune split each epoch, writes nothing
 *
 * Deterministic: fixed seed, fixed corpus order, seeded shuffles.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { buildGazetteer } from "../transforms/ner/train/build-gazetteer.js";
import { learnCasing, learnHeads, learnVocabulary } from "../transforms/ner/casing.js";
import { buildNameLists } from "../transforms/ner/train/build-names.js";
import { buildOrgLists } from "../transforms/ner/train/build-orgs.js";
import { CASE_BOTH, CASE_LOWER } from "../transforms/ner/features.js";
import { loadSplits, wikinewsDir } from "../transforms/ner/train/corpora.js";
import { errorReport, evaluate, goldDocuments } from "../transforms/ner/train/evaluate.js";
import { buildLookup } from "../transforms/ner/gazetteer.js";
import { MODEL_URL } from "../transforms/ner/index.js";
import { encodeModel } from "../transforms/ner/model-file.js";
import { PerceptronRecogniser } from "../transforms/ner/recogniser.js";
import { formatScoreTable, type ScoreTable } from "../transforms/ner/train/score.js";
import { sentenceBounds, tokenize } from "../transforms/ner/tokenize.js";
import { trainTagger, type WeightedSentence } from "../transforms/ner/train/train-loop.js";

const { values: args } = parseArgs({
  options: {
    tune: { type: "boolean", default: false },
    epochs: { type: "string", default: "10" },
    bits: { type: "string", default: "20" },
    seed: { type: "string", default: "13" },
    "tune-copies": { type: "string", default: "3" },
    "vocab-min": { type: "string", default: "2" },
    errors: { type: "string" },
  },
});
const epochs = Number(args.epochs);
const bits = Number(args.bits);
const seed = Number(args.seed);
const tuneCopies = Number(args["tune-copies"]);

const gazEntries = buildGazetteer();
writeFileSync(new URL("../transforms/ner/data/countries.json", import.meta.url), `${JSON.stringify(gazEntries)}\n`);
const nameLists = buildNameLists();
writeFileSync(new URL("../transforms/ner/data/names.json", import.meta.url), `${JSON.stringify(nameLists)}\n`);

const splits = loadSplits();
console.log(
  `sentences: train ${splits.train.length}, tune ${splits.tune.length}, held-out PUD ${splits.heldOutPud.length}, held-out EWT ${splits.heldOutEwt.length}`,
);

function wikinewsSentences(): string[][] {
  const dir = wikinewsDir();
  const out: string[][] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".txt")).sort()) {
    const text = readFileSync(join(dir, f), "utf8");
    const toks = tokenize(text);
    const b = sentenceBounds(text, toks);
    for (let i = 0; i + 1 < b.length; i++) out.push(toks.slice(b[i], b[i + 1]).map((t) => t.text));
  }
  return out;
}

// Casing statistics may use any text except the held-out splits; wikinews is unlabelled news prose.
const wordFlags = learnCasing([
  ...splits.train.map((s) => s.tokens),
  ...splits.tune.map((s) => s.tokens),
  ...wikinewsSentences(),
]);
const labelled = args.tune ? splits.train : [...splits.train, ...splits.tune];
learnHeads(labelled, wordFlags);
learnVocabulary(
  labelled.map((s) => s.tokens),
  wordFlags,
  Number(args["vocab-min"]),
);
// Organisation lists drop words that are usually lower-case, first names or cities ("Income", "Charles", "Ghent").
const firstNames = new Set(nameLists.firstNames);
const cities = new Set(nameLists.cities);
const orgLists = buildOrgLists((lower) => {
  const cased = lower[0]!.toUpperCase() + lower.slice(1);
  const casing = (wordFlags.get(lower) ?? 0) & 3;
  return casing === CASE_LOWER || casing === CASE_BOTH || firstNames.has(cased) || cities.has(cased);
});
writeFileSync(new URL("../transforms/ner/data/orgs.json", import.meta.url), `${JSON.stringify(orgLists)}\n`);
const gazetteer = buildLookup(gazEntries, nameLists, orgLists.orgs);
const lex = { gazetteer, wordFlags };

const data: WeightedSentence[] = splits.train.map((sentence) => ({ sentence, copies: 1 }));
if (!args.tune) for (const sentence of splits.tune) data.push({ sentence, copies: tuneCopies });

const report = (name: string, t: ScoreTable): void => console.log(`\n${name}\n${formatScoreTable(t)}`);
const recogniserFor = (weights: Float32Array): PerceptronRecogniser =>
  new PerceptronRecogniser({ weights, mask: (1 << bits) - 1 }, lex);

const started = Date.now();
const weights = trainTagger(data, lex, {
  bits,
  epochs,
  seed,
  onEpoch: (epoch, averaged) => {
    if (!args.tune) {
      console.log(`epoch ${epoch} done (${((Date.now() - started) / 1000).toFixed(1)} s)`);
      return;
    }
    const t = evaluate(recogniserFor(averaged), goldDocuments(splits.tune));
    const f = (l: keyof ScoreTable): string => t[l].f1.toFixed(3);
    console.log(`epoch ${epoch}: tune F1 ${f("ALL")} (PER ${f("PER")} ORG ${f("ORG")} LOC ${f("LOC")})`);
  },
});

const rec = recogniserFor(weights);
if (args.tune) {
  report("tune split (PUD even docs)", evaluate(rec, goldDocuments(splits.tune)));
  if (args.errors) writeFileSync(args.errors, `${errorReport(rec, goldDocuments(splits.tune)).join("\n")}\n`);
} else {
  const meta = { trainedOn: "wikigold, UNER en-EWT train.prerelease+dev, UNER en-PUD even docs", epochs, bits, seed };
  const file = encodeModel({ bits, weights, wordFlags, meta });
  writeFileSync(MODEL_URL, file);
  console.log(`wrote ${MODEL_URL.pathname} (${(file.length / 1e6).toFixed(2)} MB)`);
}
const pud = evaluate(rec, goldDocuments(splits.heldOutPud));
const ewt = evaluate(rec, goldDocuments(splits.heldOutEwt));
report("held-out: UNER en-PUD odd docs", pud);
report("held-out: UNER en-EWT test", ewt);
if (!args.tune) {
  writeFileSync(
    new URL("../models/ner-en.metrics.json", import.meta.url),
    `${JSON.stringify({ heldOutPudOddDocs: pud, heldOutEwtTest: ewt }, null, 2)}\n`,
  );
}
