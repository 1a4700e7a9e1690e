import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import nlp from "compromise";

/** Organisation and place phrases from npm lexicons, lower-cased, one string per phrase. */
export interface OrgLists {
  /** Companies, institutions, parties, media, sports teams. */
  orgs: string[];
  /**
   * Single-word names that are also common words, first names or places ("Apple", "Nokia",
   * "Chelsea"): a weaker hint of their own, which the tagger weighs against the context.
   */
  ambiguous: string[];
}

const LATIN = /^[\p{Script=Latin}\p{N}][\p{Script=Latin}\p{N}\s.&'’-]*$/u;

/**
 * Organisation names from compromise's lexicon (MIT: tags Organization, SportsTeam, School)
 * and @cspell/dict-companies (MIT). The cspell list holds single words, many of them also
 * common words or places ("Income", "Ghent"), so words that `isCommon` rejects are dropped.
 * Only a hint for the tagger, which learns how far to trust it.
 */
export function buildOrgLists(isCommon: (lower: string) => boolean): OrgLists {
  const orgs = new Set<string>();
  const ambiguous = new Set<string>();
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  for (const [phrase, tag] of Object.entries(lexicon)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    if (!tags.some((t) => t === "Organization" || t === "SportsTeam" || t === "School")) continue;
    if (phrase.length < 2 || !LATIN.test(phrase) || tags.includes("Abbreviation")) continue;
    if (!phrase.includes(" ") && isCommon(phrase)) {
      ambiguous.add(phrase);
      continue;
    }
    orgs.add(phrase);
  }
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve("@cspell/dict-companies/cspell-ext.json"));
  for (const line of readFileSync(join(dir, "dict", "companies.txt"), "utf8").split(/\r?\n/)) {
    const w = line.trim();
    if (w.length < 2 || w.startsWith("#") || !LATIN.test(w) || !/^\p{Lu}/u.test(w)) continue;
    const lower = w.toLowerCase();
    if (isCommon(lower)) {
      if (!lower.includes(" ")) ambiguous.add(lower);
      continue;
    }
    orgs.add(lower);
  }
  return { orgs: [...orgs].sort(), ambiguous: [...ambiguous].filter((w) => !orgs.has(w)).sort() };
}

const titleCase = (phrase: string): string => phrase.replace(/(^|\s)(\p{Ll})/gu, (_, sp: string, c: string) => sp + c.toUpperCase());

/** Sports teams from compromise's lexicon and company names from @cspell/dict-companies, as written in prose. */
export function teamsAndCompanies(): { teams: string[]; companies: string[] } {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const teams: string[] = [];
  const companies = new Set<string>();
  for (const [phrase, tag] of Object.entries(lexicon)) {
    const tags = Array.isArray(tag) ? tag : [tag];
    if (!LATIN.test(phrase) || tags.includes("Abbreviation")) continue;
    if (tags.includes("SportsTeam")) teams.push(titleCase(phrase));
    else if (tags.includes("Organization") && phrase.length > 2) companies.add(titleCase(phrase));
  }
  const require = createRequire(import.meta.url);
  const dir = dirname(require.resolve("@cspell/dict-companies/cspell-ext.json"));
  for (const line of readFileSync(join(dir, "dict", "companies.txt"), "utf8").split(/\r?\n/)) {
    const w = line.trim();
    if (w.length >= 2 && !w.startsWith("#") && LATIN.test(w) && /^\p{Lu}/u.test(w)) companies.add(w);
  }
  return { teams: teams.sort(), companies: [...companies].sort() };
}
