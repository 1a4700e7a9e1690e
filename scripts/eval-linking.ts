// `npm run eval:linking -- [--gold DIR] [--registry DIR] [--json]`
// Scores recognition (exact span and type) and linking (right page, B-cubed) against a hand-annotated
// set: DIR/gold.jsonl with offsets into DIR/texts/*.txt. Without --registry no registry is used, so
// the figures are those of the automatic side on unseen text.
import { parseArgs } from "node:util";
import { evaluateLinkingSet, formatLinkingEval } from "./lib/linking-eval.js";

const { values } = parseArgs({
  options: { gold: { type: "string", default: "test/fixtures/news-gold" }, registry: { type: "string" }, json: { type: "boolean", default: false } },
});
try {
  const result = await evaluateLinkingSet(values.gold, values.registry);
  process.stdout.write(`${formatLinkingEval(result)}\n`);
  if (values.json) process.stdout.write(`${JSON.stringify({ spans: result.spans, linking: result.linking })}\n`);
} catch (err) {
  process.stderr.write(`error: ${(err as Error).message}\n`);
  process.exit(1);
}
