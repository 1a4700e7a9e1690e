// Piscina worker: the per-article stage, with the registry index and the recogniser built once per thread.
import type { Article, Entity } from "../../model.js";
import type { CachedAnalysis } from "./cache.js";
import { analyseArticle, type MentionSources } from "../../entities/annotate.js";
import { mentionSources } from "../../corpus/pipeline.js";
import { loadRecogniser } from "../../ner/index.js";
import { workerData } from "node:worker_threads";

export interface WorkerSetup {
  registry: Entity[];
  recogniser: boolean;
}

let sources: MentionSources | null = null;

function setup(): MentionSources {
  if (!sources) {
    const data = workerData as WorkerSetup;
    sources = mentionSources(data.registry, data.recogniser ? loadRecogniser() : undefined);
  }
  return sources;
}

/** Analyses a batch of articles; batches keep message passing small next to the work. */
export default function analyseBatch(articles: Article[]): CachedAnalysis[] {
  const s = setup();
  return articles.map((a) => {
    const { mentions, locals } = analyseArticle(a, s);
    return { mentions, locals };
  });
}
