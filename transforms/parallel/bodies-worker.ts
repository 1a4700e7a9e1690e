// Piscina worker: renders article bodies (markdown and HTML) for the build's markdown stage.
import type { AnnotatedArticle } from "../model.js";
import { renderBody, type Body, type Links } from "../site/body-cache.js";

export interface BodyTask {
  annotated: AnnotatedArticle;
  /** Just the link records this article's tags read. */
  links: Links;
}

export default function renderBatch(tasks: BodyTask[]): Body[] {
  return tasks.map((t) => renderBody(t.annotated, t.links));
}
