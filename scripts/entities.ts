// `npm run entities -- <verb>`: the desk's corrections, kept as YAML files in content/entities/.
//   review [--all] [--limit N]           automatically found entities, most mentioned first
//   accept <id>                          writes content/entities/<id>.yml with the aliases seen
//   merge <id> <into>                    <id>'s mentions become <into>'s; <into> keeps its names
//   reject <id> | reject [<id>] --name "<text>"   no entity (or not this spelling) anywhere
//   type <id> <person|organization|place>
//   rename <id> "<Name>"                 the old name becomes an alias; id and URL stay
//   undo <id>                            removes the decisions that name <id>
//   suggest [--json] [--limit N]         likely fixes, ranked, each with the command that applies it
// Each verb prints one line; a bad id or type exits 1 and changes nothing. `--note "…"` says why.
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { entityId } from "../transforms/model.js";
import { registryYaml, reviewQueue } from "../transforms/corpus/review.js";
import { parseEntityFile } from "../transforms/entities/registry.js";
import { DeskError, merge, reject, rename, retype, undo, type Outcome } from "../transforms/corpus/desk.js";
import { suggest, formatSuggestion } from "../transforms/corpus/suggest.js";
import { PATHS } from "./lib/generate.js";
import { applyChanges, loadCorpus, loadDesk } from "./lib/desk.js";

const USAGE = `usage: npm run entities -- review [--limit N] [--all]
       npm run entities -- accept <id>
       npm run entities -- merge <id> <into> [--note "…"]
       npm run entities -- reject <id> [--note "…"]
       npm run entities -- reject [<id>] --name "<text>" [--note "…"]
       npm run entities -- type <id> <person|organization|place> [--note "…"]
       npm run entities -- rename <id> "<Name>" [--note "…"]
       npm run entities -- undo <id>
       npm run entities -- suggest [--json] [--limit N]
`;

const { values, positionals } = parseArgs({
  options: {
    limit: { type: "string" },
    all: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    name: { type: "string" },
    note: { type: "string" },
  },
  allowPositionals: true,
});
const [command, a, b] = positionals;
const ARITY: Record<string, [number, number]> = { review: [0, 0], accept: [1, 1], merge: [2, 2], reject: [0, 1], type: [2, 2], rename: [2, 2], undo: [1, 1], suggest: [0, 0] };
const arity = command ? ARITY[command] : undefined;
const given = positionals.length - 1;
if (!arity || given < arity[0] || given > arity[1] || (command === "reject" && !a && values.name === undefined)) {
  process.stderr.write(USAGE);
  process.exit(2);
}

function fail(message: string): never {
  process.stderr.write(`error: ${message}\n`);
  process.exit(1);
}

const { corpus, problems } = await loadCorpus();
// Conflicting decisions are shown, not fatal: `undo` is how a desk gets out of them.
for (const p of problems) process.stderr.write(`${p}\n`);

if (command === "review") {
  const queue = reviewQueue(corpus);
  const shown = (values.all ? queue : queue.filter((q) => q.published)).slice(0, Number(values.limit ?? 50));
  const hidden = queue.filter((q) => !q.published).length;
  for (const q of shown) {
    process.stdout.write(`${q.id}\t${q.type}\t${q.mentions} mention${q.mentions === 1 ? "" : "s"} in ${q.articles} article${q.articles === 1 ? "" : "s"}${q.published ? "" : "\t(no page: below the evidence threshold)"}\n`);
    if (q.context) process.stdout.write(`    ${q.context.text}  (${q.context.file})\n`);
  }
  process.stderr.write(`${queue.length} automatically found entities; ${shown.length} shown${values.all ? "" : `, ${hidden} below the evidence threshold hidden (--all shows them)`}. Accept one with: npm run entities -- accept <id>\n`);
} else if (command === "suggest") {
  const list = suggest(corpus).slice(0, Number(values.limit ?? 40));
  if (values.json) for (const s of list) process.stdout.write(`${JSON.stringify(s)}\n`);
  else list.forEach((s, i) => process.stdout.write(`${formatSuggestion(s, i + 1)}\n`));
  process.stderr.write(`${list.length} suggestions, most likely first\n`);
} else if (command === "accept") {
  const entity = a ? corpus.entities.get(entityId(a)) : undefined;
  if (!entity || entity.origin !== "auto") fail(`'${a ?? ""}' is not an automatically found entity (see npm run entities -- review)`);
  const file = path.join(PATHS.entities, `${entity.id}.yml`);
  if (existsSync(file)) fail(`${file} already exists`);
  const firstTitle = corpus.articles.find((x) => x.mentions.some((m) => m.entityId === entity.id))?.article.title ?? null;
  const yaml = registryYaml(entity, firstTitle);
  parseEntityFile(file, yaml); // what we write must load back
  writeFileSync(file, yaml);
  process.stdout.write(`wrote ${file}: ${entity.name} (${entity.type}), aliases: ${entity.aliases.join(", ") || "none"}. Edit its description to taste.\n`);
} else {
  const desk = await loadDesk(corpus);
  let outcome: Outcome;
  try {
    if (command === "merge") outcome = merge(desk, a!, b!, values.note);
    else if (command === "reject") outcome = reject(desk, a, values.name, values.note);
    else if (command === "type") outcome = retype(desk, a!, b!, values.note);
    else if (command === "rename") outcome = rename(desk, a!, b!, values.note);
    else outcome = undo(desk, a!);
  } catch (err) {
    if (err instanceof DeskError) fail(err.message);
    throw err;
  }
  await applyChanges(desk.dir, outcome.changes);
  process.stdout.write(`${outcome.message}\n`);
}
