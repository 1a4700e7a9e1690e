// `npm run eval:quotes [-- --dir test/fixtures/quotes-gold] [--verbose]`: runs the pipeline on the
// hand-marked articles and prints the quote attribution's precision and recall against the marks
// (see test/fixtures/quotes-gold/README.md). Texts without a `.gold.tsv` have their attributions listed.
import { entityId, type EntityId } from "../transforms/model.js";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ingestBytes } from "../transforms/ingest/index.js";
import { readRegistry } from "../transforms/entities/folder.js";
import { loadRecogniser } from "../transforms/ner/index.js";
import { buildCorpus } from "../transforms/build/pipeline.js";
import { articleDossier } from "../transforms/corpus/dossier.js";
import { scoreQuotes, parseGold, type GoldQuote } from "../transforms/corpus/score-quotes.js";

const { values } = parseArgs({ options: { dir: { type: "string", default: "test/fixtures/quotes-gold" }, verbose: { type: "boolean", default: false } } });
const dir = values.dir;
const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
if (files.length === 0) throw new Error(`${dir} holds no .txt articles`);
const { entities } = await readRegistry("content/entities");
const corpus = buildCorpus(files.map((f) => ingestBytes(path.join(dir, f), readFileSync(path.join(dir, f)))), entities, { recogniser: loadRecogniser() });

let [tp, predicted, expected] = [0, 0, 0];
for (const a of corpus.articles) {
  const file = path.basename(a.article.file);
  const { quotes } = articleDossier(a, corpus.entities);
  const goldFile = path.join(dir, file.replace(/\.txt$/u, ".gold.tsv"));
  const names = (id: EntityId) => {
    const e = corpus.entities.get(id)!;
    return [e.name, ...e.aliases, ...a.mentions.filter((m) => m.entityId === id).map((m) => m.text)];
  };
  if (!existsSync(goldFile)) {
    process.stdout.write(`${file}\n`);
    for (const q of quotes) process.stdout.write(`  ${corpus.entities.get(entityId(q.speaker))!.name}\t${q.text.slice(0, 90)}\n`);
    continue;
  }
  const gold: GoldQuote[] = parseGold(readFileSync(goldFile, "utf8"));
  const s = scoreQuotes(quotes.map((q) => ({ text: q.text, names: names(entityId(q.speaker)) })), gold);
  tp += s.correct;
  predicted += s.predicted;
  expected += s.expected;
  process.stdout.write(`${file}: ${s.correct} right of ${s.predicted} attributed, ${s.expected} with a speaker\n`);
  if (values.verbose) for (const line of s.errors) process.stdout.write(`  ${line}\n`);
}
if (expected > 0) {
  const p = predicted ? tp / predicted : 1;
  const r = tp / expected;
  process.stdout.write(`✓ quotes: precision ${p.toFixed(3)} (${tp}/${predicted}), recall ${r.toFixed(3)} (${tp}/${expected}) on ${files.length} articles in ${dir}\n`);
}
