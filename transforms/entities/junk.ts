import type { EntityType, LocalEntity } from "../model.js";
import { EVENT_NAMES } from "../ner/descriptors.js";
import { corporateBase, expandShortForm, isAcronym } from "./identity.js";
import { canonicalKey, countryFor } from "./keys.js";
import { surnameForms } from "./match-registry.js";
import { nameLists } from "./name-lists.js";

/** A name of more than one word: a space or hyphen between letters ("Jean-Marie", "Tim Henman"). */
const MULTI_WORD = /[\p{L}\p{N}][\s\-‐‑][\p{L}\p{N}]/u;

/** Whether one word is a listed place or organisation, so never a bare given name or surname. */
function listedPlaceOrOrg(word: string): boolean {
  const lists = nameLists();
  return lists.places.has(word) || lists.orgs.has(word.toLowerCase());
}

/**
 * Names that must not get a page whatever the evidence: a results table's column headers
 * ("W L T PF PA"), awards and events ("Oscar", "Grand Slam"), and a bare given name ("Rafa",
 * "Kelly") as a place or person, which says nothing about who is meant.
 */
export function isJunkName(name: string, type: EntityType): boolean {
  const words = name.split(/\s+/u);
  if (words.length >= 2 && words.every((w) => /^\p{Lu}{1,2}$/u.test(w))) return true;
  if (EVENT_NAMES.has(canonicalKey(name))) return true;
  if (words.length !== 1 || type === "organization" || isAcronym(name)) return false;
  const lists = nameLists();
  return lists.firstNames.has(name) && !lists.lastNames.has(name) && !listedPlaceOrOrg(name);
}

/**
 * Re-types as a surname-only person every one-word place or organisation that is the surname of
 * exactly one person named in full in the corpus, and that is no country, listed place or
 * organisation, acronym, short form, or company whose fuller name the corpus has ("Ford" beside
 * "Ford Motor Co."). Tagging one sentence at a time often takes "Henman" for a place.
 */
export function surnameAlone(localsOf: readonly LocalEntity[][]): LocalEntity[][] {
  const owners = new Map<string, Set<string>>();
  const fuller = new Set<string>();
  for (const locals of localsOf) {
    for (const l of locals) {
      if (!MULTI_WORD.test(l.name)) continue;
      if (l.type !== "person") {
        fuller.add(corporateBase(canonicalKey(l.name)));
        continue;
      }
      for (const form of surnameForms(l.name)) {
        const set = owners.get(canonicalKey(form)) ?? new Set<string>();
        set.add(canonicalKey(l.name));
        owners.set(canonicalKey(form), set);
      }
    }
  }
  return localsOf.map((locals) =>
    locals.map((l) => {
      if (l.type === "person" || MULTI_WORD.test(l.name)) return l;
      const key = canonicalKey(l.name);
      if (owners.get(key)?.size !== 1 || fuller.has(key)) return l;
      if (isAcronym(l.name) || countryFor(l.name) || expandShortForm(l.name) || listedPlaceOrOrg(l.name)) return l;
      return { ...l, type: "person" as const, surnameOnly: true };
    }),
  );
}
