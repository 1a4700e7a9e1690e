import type { AnnotatedArticle, Entity } from "../model.js";
import { attributeQuotes, type AttributedQuote } from "./quotes.js";
import { rolesIn, type RoleMention } from "./roles.js";

/** What one briefing says about the entities it names: their roles, and their words. */
export interface ArticleDossier {
  roles: RoleMention[];
  quotes: AttributedQuote[];
}

/** Roles first, since "the minister said" is resolved through the titles the article gives. Pure. */
export function articleDossier(a: AnnotatedArticle, entities: ReadonlyMap<string, Pick<Entity, "name">>): ArticleDossier {
  const roles = rolesIn(a.article, a.mentions, (id) => entities.get(id)?.name ?? "");
  return { roles, quotes: attributeQuotes(a.article, a.mentions, roles) };
}
