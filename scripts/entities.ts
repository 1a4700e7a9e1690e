// `npm run entities -- review [--all] [--limit N]` lists automatically found entities for an editor;
// `npm run entities -- accept <id>` writes content/entities/<id>.yml with the aliases seen.
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { readInputs } from "../transforms/ingest/files.js";
import { readRegistry } from "../transforms/entities/registry.js";
import { buildCorpus } from "../transforms/corpus/pipeline.js";
import { loadRecogniser } from "../transforms/ner/index.js";
import { registryYaml, reviewQueue } from "../transforms/corpus/review.js";
import { parseEntityFile } from "../transforms/entities/registry.js";
import { PATHS } from "./lib/generate.js";

const { values, positionals } = parseArgs({
  options: { limit: { type: "string", default: "50" }, all: { type: "boolean", default: false } },
  allowPositionals: true,
});
const [command, id] = positionals;
if (command !== "review" && command !== "accept") {
  process.stderr.write("usage: npm run entities -- review [--limit N] [--all]\n       npm run entities -- accept <id>\n");
  process.exit(2);
}

const registry = await readRegistry(PATHS.entities);
const { articles, skipped } = await readInputs([PATHS.raw]);
for (const e of registry.errors) process.stderr.write(`error: ${e.message}\n`);
for (const s of skipped) process.stderr.write(`skipped: ${s.file}: ${s.reason}\n`);
const corpus = buildCorpus(articles, registry.entities, { recogniser: loadRecogniser() });
const queue = reviewQueue(corpus);

if (command === "review") {
  const shown = (values.all ? queue : queue.filter((q) => q.published)).slice(0, Number(values.limit));
  const hidden = queue.filter((q) => !q.published).length;
  for (const q of shown) {
    process.stdout.write(`${q.id}\t${q.type}\t${q.mentions} mention${q.mentions === 1 ? "" : "s"} in ${q.articles} article${q.articles === 1 ? "" : "s"}${q.published ? "" : "\t(no page: below the evidence threshold)"}\n`);
    if (q.context) process.stdout.write(`    ${q.context.text}  (${q.context.file})\n`);
  }
  process.stderr.write(`${queue.length} automatically found entities; ${shown.length} shown${values.all ? "" : `, ${hidden} below the evidence threshold hidden (--all shows them)`}. Accept one with: npm run entities -- accept <id>\n`);
} else {
  const item = queue.find((q) => q.id === id);
  const entity = id ? corpus.entities.get(id) : undefined;
  if (!item || !entity || entity.origin !== "auto") {
    process.stderr.write(`error: '${id ?? ""}' is not an automatically found entity (see npm run entities -- review)\n`);
    process.exit(1);
  }
  const file = path.join(PATHS.entities, `${entity.id}.yml`);
  if (existsSync(file)) {
    process.stderr.write(`error: ${file} already exists\n`);
    process.exit(1);
  }
  const firstTitle = corpus.articles.find((a) => a.mentions.some((m) => m.entityId === entity.id))?.article.title ?? null;
  const yaml = registryYaml(entity, firstTitle);
  parseEntityFile(file, yaml); // what we write must load back
  writeFileSync(file, yaml);
  process.stdout.write(`wrote ${file}: ${entity.name} (${entity.type}), aliases: ${entity.aliases.join(", ") || "none"}. Edit its description to taste.\n`);
}
