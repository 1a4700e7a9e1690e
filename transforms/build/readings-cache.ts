// Each article's roles and quotations, kept between builds: reading them is pure but costs about a
// second at 5,000 articles, and a daily build changes a handful of articles.
import type { AnnotatedArticle } from "../model.js";
import { digest } from "../digest.js";
import { QUOTE_CODE } from "../corpus/code.js";
import { readArticle, type ReadArticle } from "../corpus/dossier.js";
import { KeptValues } from "./kept-values.js";

/** What an article's reading depends on besides the code: its text, blocks and mentions. */
export const readingKey = (a: AnnotatedArticle): string =>
  digest(a.article.text, JSON.stringify(a.article.blocks), JSON.stringify(a.mentions.map((m) => [m.start, m.end, m.entityId, m.type])));

export class ReadingsCache {
  private readonly kept: KeptValues<ReturnType<ReadArticle>>;
  constructor(dir: string) {
    this.kept = new KeptValues("roles and quotes", dir, [QUOTE_CODE]);
  }

  open(): Promise<void> {
    return this.kept.open();
  }

  /** The reader the crosslink stage calls: a kept reading, or one made now and kept. */
  readonly read: ReadArticle = (a) => this.kept.get(readingKey(a), () => readArticle(a));

  save(): Promise<void> {
    return this.kept.save();
  }
}
