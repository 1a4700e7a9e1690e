/**
 * Trains the English NER model shipped in models/ner-en.bin.gz.
 *
 *   npm run train                             # final model: train + dev split, writes models/ and the locked scores
 *   npm run train -- --tune                   # tuning run: trains on the train split, scores the dev split, writes nothing
 *   npm run train -- --tune --weights btc=0.5,litbank=0.3
 *   npm run train -- --tune --features clusters,history,ambiguous-orgs --synthetic 1500
 *   npm run train -- --out /tmp/candidate.bin.gz   # final model written elsewhere (metrics beside it)
 *
 * Deterministic: fixed seed, fixed corpus order, seeded shuffles and subsamples.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { buildGazetteer } from "../transforms/ner/train/build-gazetteer.js";
import { learnCasing, learnHeads, learnVocabulary } from "../transforms/ner/casing.js";
import { bigCities, buildNameLists } from "../transforms/ner/train/build-names.js";
import { buildOrgLists, teamsAndCompanies } from "../transforms/ner/train/build-orgs.js";
import { syntheticSentences } from "../transforms/ner/train/synthetic.js";
import { learnClusters } from "../transforms/ner/train/learn-clusters.js";
import { CASE_BOTH, CASE_LOWER, type Lexicons } from "../transforms/ner/features.js";
import { DEFAULT_WEIGHTS, devAsTrainParts, devParts, lockedParts, trainParts, wikinewsDir } from "../transforms/ner/train/corpora.js";
import { errorReport, evaluateParts, goldDocuments } from "../transforms/ner/train/evaluate.js";
import { buildLookup } from "../transforms/ner/gazetteer.js";
import { MODEL_URL } from "../transforms/ner/index.js";
import { encodeModel } from "../transforms/ner/model-file.js";
import { PerceptronRecogniser } from "../transforms/ner/recogniser.js";
import { formatCorpusTable, meanF1 } from "../transforms/ner/train/score.js";
import { sentenceBounds, tokenize } from "../transforms/ner/tokenize.js";
import { trainTagger, weightSentences } from "../transforms/ner/train/train-loop.js";

const { values: args } = parseArgs({
  options: {
    tune: { type: "boolean", default: false },
    epochs: { type: "string", default: "8" },
    bits: { type: "string", default: "20" },
    seed: { type: "string", default: "13" },
    weights: { type: "string", default: "" },
    "vocab-min": { type: "string", default: "2" },
    features: { type: "string", default: "ambiguous-orgs,history" },
    out: { type: "string" },
    synthetic: { type: "string", default: "0" },
    errors: { type: "string" },
  },
});
const epochs = Number(args.epochs);
const bits = Number(args.bits);
const seed = Number(args.seed);
const corpusWeights: Record<string, number> = { ...DEFAULT_WEIGHTS };
for (const pair of args.weights.split(",").filter(Boolean)) {
  const [name, value] = pair.split("=");
  if (!name || !(name in DEFAULT_WEIGHTS) || !Number.isFinite(Number(value))) {
    throw new Error(`--weights: "${pair}" is not corpus=number with a corpus among ${Object.keys(DEFAULT_WEIGHTS).join(", ")}`);
  }
  corpusWeights[name] = Number(value);
}
// Optional feature groups, so a tuning run can measure what each one adds; the default is what
// the shipped model uses (word clusters measured no gain on the dev split, see models/README.md).
const FEATURE_GROUPS = ["clusters", "ambiguous-orgs", "history"] as const;
const features = new Set(args.features.split(",").filter(Boolean));
for (const f of features) {
  if (!(FEATURE_GROUPS as readonly string[]).includes(f)) throw new Error(`--features: "${f}" is not one of ${FEATURE_GROUPS.join(", ")}`);
}
const useClusters = features.has("clusters");
const useHistory = features.has("history");
const startedAll = Date.now();
const seconds = (): string => `${((Date.now() - startedAll) / 1000).toFixed(1)} s`;

const gazEntries = buildGazetteer();
writeFileSync(new URL("../transforms/ner/data/countries.json", import.meta.url), `${JSON.stringify(gazEntries)}\n`);
const nameLists = buildNameLists();
writeFileSync(new URL("../transforms/ner/data/names.json", import.meta.url), `${JSON.stringify(nameLists)}\n`);

const { teams, companies } = teamsAndCompanies();
const cityNames = bigCities(150_000);
const citySet = new Set(cityNames);
const synthetic = syntheticSentences(
  { cities: cityNames, clubs: teams, companies: companies.filter((c) => !citySet.has(c)), firstNames: nameLists.firstNames, lastNames: nameLists.lastNames },
  Number(args.synthetic),
  seed,
);
const train = [...trainParts(corpusWeights), ...(synthetic.length > 0 ? [{ name: "synthetic", weight: 1, sentences: synthetic }] : [])];
const devAsTrain = devAsTrainParts(corpusWeights);
const parts = args.tune ? train : [...train, ...devAsTrain];
for (const p of parts) console.log(`  ${p.name.padEnd(12)} ${String(p.sentences.length).padStart(6)} sentences × ${p.weight}`);

// The articles of the locked news test set (test/fixtures/news-locked) stay out even as unlabelled text.
const newsLocked = new Set(readdirSync(new URL("../test/fixtures/news-locked/texts/", import.meta.url)));

function wikinewsSentences(): string[][] {
  const dir = wikinewsDir();
  const out: string[][] = [];
  for (const f of readdirSync(dir).filter((n) => n.endsWith(".txt") && !newsLocked.has(n)).sort()) {
    const text = readFileSync(join(dir, f), "utf8");
    const toks = tokenize(text);
    const b = sentenceBounds(text, toks);
    for (let i = 0; i + 1 < b.length; i++) out.push(toks.slice(b[i], b[i + 1]).map((t) => t.text));
  }
  return out;
}

// Unlabelled statistics may use any text outside the locked test; wikinews is unlabelled news prose.
const unlabelled = [...[...train, ...devAsTrain].flatMap((p) => p.sentences.map((s) => s.tokens)), ...wikinewsSentences()];
const wordFlags = learnCasing(unlabelled);
const labelled = parts.filter((p) => p.weight > 0).flatMap((p) => p.sentences);
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
const gazetteer = buildLookup(gazEntries, nameLists, orgLists.orgs, features.has("ambiguous-orgs") ? orgLists.ambiguous : []);
const lex: Lexicons = { gazetteer, wordFlags };
console.log(`lexicons ready (${seconds()})`);
if (useClusters) {
  lex.clusters = learnClusters(unlabelled);
  console.log(`${lex.clusters.fine.size} words clustered (${seconds()})`);
}

const data = weightSentences(parts, seed);
const recogniserFor = (weights: Float32Array): PerceptronRecogniser =>
  new PerceptronRecogniser({ weights, mask: (1 << bits) - 1 }, lex, useHistory);
const dev = devParts();

const weights = trainTagger(data, lex, {
  history: useHistory,
  bits,
  epochs,
  seed,
  onEpoch: (epoch, averaged) => {
    const note = args.tune && epoch >= 4 ? `, dev mean F1 ${meanF1(evaluateParts(recogniserFor(averaged), dev).map((r) => r.table)).toFixed(3)}` : "";
    console.log(`epoch ${epoch} done (${seconds()}${note})`);
  },
});

const rec = recogniserFor(weights);
if (args.tune) {
  console.log(`\ndev split (trained without it)\n${formatCorpusTable(evaluateParts(rec, dev))}`);
  if (args.errors) writeFileSync(args.errors, `${errorReport(rec, goldDocuments(dev.flatMap((p) => p.sentences))).join("\n")}\n`);
} else {
  const trainedOn = parts.map((p) => `${p.name}×${p.weight}`).join(", ");
  const file = encodeModel({ bits, weights, wordFlags, ...(lex.clusters ? { clusters: lex.clusters } : {}), meta: { trainedOn, epochs, bits, seed } });
  const modelUrl = args.out ? new URL(`file://${resolve(args.out)}`) : MODEL_URL;
  writeFileSync(modelUrl, file);
  console.log(`wrote ${modelUrl.pathname} (${(file.length / 1e6).toFixed(2)} MB)`);
  const locked = evaluateParts(rec, lockedParts());
  console.log(`\nlocked test split\n${formatCorpusTable(locked)}`);
  writeFileSync(
    args.out ? `${args.out}.metrics.json` : new URL("../models/ner-en.metrics.json", import.meta.url),
    `${JSON.stringify({ locked: Object.fromEntries(locked.map((r) => [r.name, r.table])) }, null, 2)}\n`,
  );
}
console.log(`trained on ${data.reduce((n, d) => n + d.copies, 0)} sentence copies, ${epochs} epochs, in ${seconds()}`);
