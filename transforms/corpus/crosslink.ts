// Everything the site shows beyond one article's own text, made from the whole corpus at once.
import type { Corpus } from "../model.js";
import { indexEntities } from "./entity-index.js";
import { articleViews } from "./related.js";
import { entityViews } from "./entity-views.js";
import type { Crosslinked } from "./views.js";
import type { ReadArticle } from "./dossier.js";

/**
 * Related briefings ranked by shared entities (rarer entities weigh more), co-mentions, mention
 * contexts and timelines: one view per article (related.ts) and per entity (entity-views.ts).
 * `read` gives each article's roles and quotations (see dossier.ts).
 */
export function crosslink(corpus: Corpus, read?: ReadArticle): Crosslinked {
  const index = indexEntities(corpus);
  const articles = articleViews(index);
  const { views, inputs } = entityViews(index, read);
  return { articles, entities: views, inputs };
}
