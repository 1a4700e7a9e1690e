/**
 * Scores the shipped recogniser on IOB1/IOB2 files (wikigold "token TAG" or UNER
 * tab-separated), exact-span, per type and overall. Gold MISC is ignored.
 *
 *   npm run eval:ner -- <file> [<file>…] [--json] [--demonyms]
 *   npm run eval:ner -- --speed <text file>…     # words/s of recognise() on raw text
 *   npm run eval:ner -- --locked                 # the locked test split, one row per corpus
 *   npm run eval:ner -- --dev                    # the dev split the training weights are tuned on
 *
 * --demonyms also scores predicted demonym spans ("Israeli"), which the corpora leave untagged.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parseConll } from "../transforms/ner/conll.js";
import { devParts, lockedParts } from "../transforms/ner/train/corpora.js";
import { evaluate, evaluateParts, goldDocuments } from "../transforms/ner/train/evaluate.js";
import { loadRecogniser } from "../transforms/ner/index.js";
import { formatCorpusTable, formatScoreTable } from "../transforms/ner/train/score.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: "boolean", default: false },
    demonyms: { type: "boolean", default: false },
    speed: { type: "boolean", default: false },
    locked: { type: "boolean", default: false },
    dev: { type: "boolean", default: false },
  },
});
const split = values.locked ? "locked" : values.dev ? "dev" : null;
if (positionals.length === 0 && !split) {
  console.error("usage: npm run eval:ner -- [--json] [--demonyms] [--speed] <file> [<file>…] | --locked | --dev");
  process.exit(2);
}

const loadStart = performance.now();
const recogniser = loadRecogniser();
const loadMs = performance.now() - loadStart;

if (values.speed) {
  const texts = positionals.map((f) => readFileSync(f, "utf8"));
  const words = texts.reduce((n, t) => n + t.split(/\s+/).filter(Boolean).length, 0);
  recogniser.recognise(texts.slice(0, 5).join("\n")); // warm-up so JIT compilation is not timed
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    for (const t of texts) recogniser.recognise(t);
    best = Math.min(best, performance.now() - t0);
  }
  const result = { files: texts.length, words, ms: Math.round(best), wordsPerSecond: Math.round(words / (best / 1000)), loadMs: Math.round(loadMs) };
  console.log(`${result.words} words in ${result.files} files: ${result.ms} ms, ${result.wordsPerSecond} words/s (model load ${result.loadMs} ms)`);
  if (values.json) console.log(JSON.stringify(result));
  process.exit(0);
}

if (split) {
  const parts = split === "locked" ? lockedParts() : devParts();
  const started = performance.now();
  const rows = evaluateParts(recogniser, parts, { countDemonyms: values.demonyms });
  console.log(`${split} split, exact-span P/R/F1 of the shipped model (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  console.log(formatCorpusTable(rows));
  if (values.json) console.log(JSON.stringify(Object.fromEntries(rows.map((r) => [r.name, r.table]))));
  process.exit(0);
}

const sentences = positionals.flatMap((f, i) => parseConll(readFileSync(f, "utf8"), `${i}:`));
const table = evaluate(recogniser, goldDocuments(sentences), { countDemonyms: values.demonyms });
console.log(`${positionals.join(", ")}: ${sentences.length} sentences${values.demonyms ? " (demonyms scored)" : ""}`);
console.log(formatScoreTable(table));
if (values.json) console.log(JSON.stringify(table));
