// A worker thread for the annotate stage: one share of the articles analysed, with the registry
// index and the recogniser built once for the share. Results go back a batch at a time, so the main
// thread caches them and shows progress as they come.
import type { Article, Entity } from "../../model.js";
import type { CachedAnalysis } from "./cache.js";
import { analyseArticle } from "../../entities/annotate.js";
import { mentionSources } from "../../corpus/pipeline.js";
import { loadRecogniser } from "../../ner/index.js";
import { serveJob } from "../workers.js";

export interface AnalyseJob {
  articles: Article[];
  registry: Entity[];
  recogniser: boolean;
}

/** Some of a share's analyses, from index `at` of the share. */
export interface AnalysedPart {
  at: number;
  results: CachedAnalysis[];
}

/** Analyses per message: keeps message passing small next to the work. */
const BATCH = 8;

/** A share's analyses, a batch at a time: on a worker thread, or in the caller's for few articles. */
export function analyseShare(job: AnalyseJob, post: (part: AnalysedPart) => void): null {
  const sources = mentionSources(job.registry, job.recogniser ? loadRecogniser() : undefined);
  for (let at = 0; at < job.articles.length; at += BATCH) {
    const results = job.articles.slice(at, at + BATCH).map((a) => {
      const { mentions, locals } = analyseArticle(a, sources);
      return { mentions, locals };
    });
    post({ at, results });
  }
  return null;
}

serveJob(analyseShare);
