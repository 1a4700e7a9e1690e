// Everything the site shows beyond one article's own text, made from the whole corpus at once.
import type { Corpus } from "../model.js";
import { indexEntities } from "./entity-index.js";
import { articleViews } from "./related.js";
import { entityViews } from "./entity-views.js";
import type { Crosslinked } from "./views.js";

/**
 * Related briefings ranked by shared entities (rarer entities weigh more), co-mentions, mention
 * contexts and timelines: one view per article (related.ts) and per entity (entity-views.ts).
 */
export function crosslink(corpus: Corpus): Crosslinked {
  const index = indexEntities(corpus);
  const articles = articleViews(index);
  const { views, inputs } = entityViews(index);
  return { articles, entities: views, inputs };
}
