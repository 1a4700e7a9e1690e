// `npm run annotate -- [--json] [--registry DIR] <files or folders…>`
// Prints one JSON object per article (JSON Lines) on stdout; errors name the file on stderr.
import { parseArgs } from "node:util";
import { readInputs } from "../transforms/ingest/files.js";
import { readRegistry } from "../transforms/entities/registry.js";
import { corpusFromAnalyses } from "../transforms/corpus/pipeline.js";
import { analyseArticles } from "../transforms/build/analyse/index.js";
import { annotationRecord } from "../transforms/corpus/annotation-json.js";
import { InputError } from "../transforms/errors.js";

const { values, positionals } = parseArgs({
  options: { json: { type: "boolean", default: false }, registry: { type: "string", default: "content/entities" } },
  allowPositionals: true,
});

if (positionals.length === 0) {
  process.stderr.write("usage: npm run annotate -- [--json] [--registry DIR] <files or folders…>\n");
  process.exit(2);
}

let failed = false;
const report = (err: InputError) => {
  failed = true;
  process.stderr.write(`error: ${err.message}\n`);
};

const registry = await readRegistry(values.registry);
registry.errors.forEach(report);
let input: Awaited<ReturnType<typeof readInputs>> = { articles: [], warnings: [], skipped: [] };
try {
  input = await readInputs(positionals);
} catch (err) {
  if (err instanceof InputError) report(err);
  else throw err;
}
const { articles } = input;
// A file that cannot be read is an error here (exit 1): the caller asked for exactly these files.
for (const s of input.skipped) report(new InputError(s.file, s.reason));
for (const w of input.warnings) process.stderr.write(`warning: ${w.file}: ${w.reason}\n`);
// Every article is analysed afresh (no cache) on one worker thread per core, then linked across the set.
const { analyses } = await analyseArticles(articles, { registry: registry.entities, recogniser: true, cacheDir: null });
const corpus = corpusFromAnalyses(analyses, registry.entities);
// Output follows input order, not the corpus's date order, so callers can zip it with their list.
const byFile = new Map(corpus.articles.map((a) => [a.article.file, a]));
for (const article of articles) {
  const annotated = byFile.get(article.file)!;
  const record = annotationRecord(annotated, corpus.entities);
  if (values.json) process.stdout.write(`${JSON.stringify(record)}\n`);
  else process.stdout.write(`${record.file}: ${record.title} (${record.date ?? "undated"}), ${record.entities.length} entities, ${record.mentions.length} mentions\n`);
}
process.exitCode = failed ? 1 : 0;
