// `npm run eval:linking -- [--gold DIR] [--registry DIR] [--json]`
// Scores recognition (exact span and type) and linking (right page, B-cubed) against a hand-annotated
// set: DIR/gold.jsonl with offsets into DIR/texts/*.txt. Without --registry no registry is used, so
// the figures are those of the automatic side on unseen text.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { readArticles } from "../transforms/ingest/files.js";
import { readRegistry } from "../transforms/entities/registry.js";
import { buildCorpus } from "../transforms/corpus/pipeline.js";
import { loadRecogniser } from "../transforms/ner/index.js";
import { scoreLinking, scoreSpans, type DocMentions } from "../transforms/entities/score-linking.js";

const { values } = parseArgs({
  options: { gold: { type: "string", default: "test/fixtures/news-gold" }, registry: { type: "string" }, json: { type: "boolean", default: false } },
});
const gold = readFileSync(path.join(values.gold, "gold.jsonl"), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => JSON.parse(l) as DocMentions);
const files = gold.map((d) => path.join(values.gold, "texts", d.file));
const registry = values.registry ? await readRegistry(values.registry) : { entities: [], errors: [] };
const { articles, skipped } = await readArticles(files);
if (skipped.length || registry.errors.length) {
  for (const e of registry.errors) process.stderr.write(`error: ${e.message}\n`);
  for (const s of skipped) process.stderr.write(`error: ${s.file}: ${s.reason}\n`);
  process.exit(1);
}
const corpus = buildCorpus(articles, registry.entities, { recogniser: loadRecogniser() });
const predicted: DocMentions[] = corpus.articles.map((a) => ({
  file: path.basename(a.article.file),
  mentions: a.mentions.map((m) => ({ start: m.start, end: m.end, type: m.type, entity: m.entityId })),
}));
const spans = scoreSpans(gold, predicted);
const linking = scoreLinking(gold, predicted);
const f = (x: number) => x.toFixed(3);
process.stdout.write(`${gold.length} articles, ${linking.mentions} gold mentions\n\n`);
process.stdout.write("type          P      R      F1     (tp/fp/fn)\n");
for (const [t, s] of Object.entries(spans)) process.stdout.write(`${t.padEnd(12)}  ${f(s.precision)}  ${f(s.recall)}  ${f(s.f1)}  (${s.tp}/${s.fp}/${s.fn})\n`);
process.stdout.write(`\nlinking recall (mention reaches its entity's page): ${f(linking.recall)}\n`);
process.stdout.write(`B-cubed over gold mentions: P ${f(linking.bcubed.precision)}  R ${f(linking.bcubed.recall)}  F1 ${f(linking.bcubed.f1)}\n`);
if (values.json) process.stdout.write(`${JSON.stringify({ spans, linking })}\n`);
