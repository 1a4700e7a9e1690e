import { readFileSync } from "node:fs";
import path from "node:path";
import { readArticles } from "../../transforms/ingest/files.js";
import { readRegistry } from "../../transforms/entities/folder.js";
import { buildCorpus } from "../../transforms/build/pipeline.js";
import { loadRecogniser } from "../../transforms/ner/index.js";
import { scoreLinking, scoreSpans, type DocMentions, type LinkingScore } from "../../transforms/entities/score-linking.js";
import type { EntityType } from "../../transforms/model.js";
import type { PRF } from "../../transforms/ner/train/score.js";

export interface LinkingEval {
  articles: number;
  spans: Record<EntityType | "all", PRF>;
  linking: LinkingScore;
}

/**
 * Runs the whole pipeline over a hand-annotated set (DIR/gold.jsonl with offsets into DIR/texts/*.txt)
 * and scores exact spans and linking. Without a registry folder no registry is used, so the figures
 * are those of the automatic side on unseen text. Throws with the file and reason on unreadable input.
 */
export async function evaluateLinkingSet(dir: string, registryDir?: string): Promise<LinkingEval> {
  const gold = readFileSync(path.join(dir, "gold.jsonl"), "utf8")
    .split("\n")
    .filter(Boolean)
    .map((l) => JSON.parse(l) as DocMentions);
  const registry = registryDir ? await readRegistry(registryDir) : { entities: [], errors: [] };
  const { articles, skipped } = await readArticles(gold.map((d) => path.join(dir, "texts", d.file)));
  const problems = [...registry.errors.map((e) => e.message), ...skipped.map((s) => `${s.file}: ${s.reason}`)];
  if (problems.length) throw new Error(problems.join("\n"));
  const corpus = buildCorpus(articles, registry.entities, { recogniser: loadRecogniser() });
  const predicted: DocMentions[] = corpus.articles.map((a) => ({
    file: path.basename(a.article.file),
    mentions: a.mentions.map((m) => ({ start: m.start, end: m.end, type: m.type, entity: m.entityId })),
  }));
  return { articles: gold.length, spans: scoreSpans(gold, predicted), linking: scoreLinking(gold, predicted) };
}

const f = (x: number) => x.toFixed(3);

/** The per-type span table and the two linking figures, as plain text lines. */
export function formatLinkingEval(e: LinkingEval): string {
  const lines = [`${e.articles} articles, ${e.linking.mentions} gold mentions`, "", "type          P      R      F1     (tp/fp/fn)"];
  for (const [t, s] of Object.entries(e.spans)) lines.push(`${t.padEnd(12)}  ${f(s.precision)}  ${f(s.recall)}  ${f(s.f1)}  (${s.tp}/${s.fp}/${s.fn})`);
  lines.push("", `linking recall (mention reaches its entity's page): ${f(e.linking.recall)}`);
  const b = e.linking.bcubed;
  lines.push(`B-cubed over gold mentions: P ${f(b.precision)}  R ${f(b.recall)}  F1 ${f(b.f1)}`);
  return lines.join("\n");
}
