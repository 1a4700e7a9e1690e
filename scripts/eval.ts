// `npm run eval [-- --json]`
// The whole quality table in one command: exact-span P/R/F1 per type, linking recall and B-cubed F1
// on every hand-annotated news set present (test/fixtures/news-gold, test/fixtures/news-locked), then
// the recogniser's locked token-corpora table when `eval:ner` offers `--locked`.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import { evaluateLinkingSet, formatLinkingEval, type LinkingEval } from "./lib/linking-eval.js";

const { values } = parseArgs({ options: { json: { type: "boolean", default: false } } });
const SETS = ["test/fixtures/news-gold", "test/fixtures/news-locked"];
const f = (x: number) => x.toFixed(3);

const results: { set: string; result: LinkingEval }[] = [];
for (const dir of SETS) {
  if (!existsSync(path.join(dir, "gold.jsonl"))) {
    process.stdout.write(`${dir}: not present, skipped\n\n`);
    continue;
  }
  const t0 = performance.now();
  const result = await evaluateLinkingSet(dir);
  results.push({ set: path.basename(dir), result });
  process.stdout.write(`== ${dir} (${((performance.now() - t0) / 1000).toFixed(1)} s)\n${formatLinkingEval(result)}\n\n`);
}

process.stdout.write("set           PER F1  ORG F1  LOC F1  all P   all R   all F1  linked  B3 F1\n");
for (const { set, result: r } of results) {
  const s = r.spans;
  const cells = [s.person.f1, s.organization.f1, s.place.f1, s.all.precision, s.all.recall, s.all.f1, r.linking.recall, r.linking.bcubed.f1];
  process.stdout.write(`${set.padEnd(12)}  ${cells.map((c) => f(c).padEnd(6)).join("  ")}\n`);
}

const evalNer = readFileSync("scripts/eval-ner.ts", "utf8");
if (evalNer.includes("--locked")) {
  process.stdout.write("\n== token corpora, locked (npm run eval:ner -- --locked)\n");
  const run = spawnSync("npm", ["run", "-s", "eval:ner", "--", "--locked"], { stdio: "inherit" });
  if (run.status !== 0) process.exitCode = 1;
}
if (values.json) process.stdout.write(`${JSON.stringify(Object.fromEntries(results.map((r) => [r.set, { spans: r.result.spans, linking: r.result.linking }])))}\n`);
