import { readFileSync } from "node:fs";
import { tokenize } from "./normalise.js";

// Articles and Arabic/Hebrew article prefixes that writers add or drop freely.
const DROPPABLE = new Set(["al", "el", "the"]);

/**
 * The key under which two names count as the same entity across articles: case, accents, hyphens,
 * "al-"/"Al " and a leading "The" do not matter ("Al-Ansari" = "al Ansari" = "Ansari"), nor do the
 * full stops of an initialism ("U.S." = "US").
 */
export function canonicalKey(name: string): string {
  const keys: string[] = [];
  let initials = "";
  for (const t of tokenize(name)) {
    if (t.key.length === 1 && /\p{L}/u.test(t.key)) {
      initials += t.key;
      continue;
    }
    if (initials) keys.push(initials);
    initials = "";
    keys.push(t.key);
  }
  if (initials) keys.push(initials);
  const kept = keys.filter((k) => !DROPPABLE.has(k));
  return (kept.length > 0 ? kept : keys).join(" ");
}

interface Country {
  name: string;
  aliases: string[];
  demonyms: string[];
}

let countries: Map<string, string> | null = null;

/**
 * Country name for any of its spellings ("US", "U.S.", "USA", "United States of America" →
 * "United States"), from the gazetteer the recogniser is trained with, so there is one list.
 */
export function countryFor(name: string): string | undefined {
  if (!countries) {
    const list = JSON.parse(readFileSync(new URL("../ner/data/countries.json", import.meta.url), "utf8")) as Country[];
    countries = new Map();
    for (const c of list) for (const form of [c.name, ...c.aliases]) countries.set(canonicalKey(form), c.name);
  }
  return countries.get(canonicalKey(name));
}
