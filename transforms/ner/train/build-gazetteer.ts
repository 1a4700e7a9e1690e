import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { CountryEntry } from "../gazetteer.js";

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  unMember: boolean;
  independent: boolean | null;
  demonyms?: { eng?: { f: string; m: string } };
}

// Only Latin-script single names; "Korea, Republic of" style inversions are catalogue forms, never prose.
const PROSE_NAME = /^[\p{Script=Latin}][\p{Script=Latin}\s.'’-]*$/u;
// Two-letter codes are ISO codes in the data, but these two are also how news writes the countries.
const SHORT_CODES_IN_PROSE = new Set(["US", "UK", "UAE", "USA", "DRC", "PRC", "ROK", "DPRK"]);

// Names English-language news still uses where the data has moved to the endonym; the news name
// becomes the entry's name so pages read as the articles do, and the official one an alias.
const NEWS_NAMES: Record<string, string> = { Türkiye: "Turkey", Czechia: "Czech Republic", "DR Congo": "Democratic Republic of the Congo" };

/**
 * Reads the `world-countries` package (ODbL-1.0) and keeps only what the recogniser
 * uses: names, prose aliases, English demonyms and capitals.
 */
export function buildGazetteer(): CountryEntry[] {
  const require = createRequire(import.meta.url);
  const file = require.resolve("world-countries/countries.json");
  const countries = JSON.parse(readFileSync(file, "utf8")) as WorldCountry[];
  // Sovereign states first so a shared demonym ("Congolese", "Samoan") maps to the state.
  countries.sort((a, b) => Number(b.unMember) - Number(a.unMember) || a.name.common.localeCompare(b.name.common));
  return countries.map((c) => {
    const aliases = new Set<string>();
    for (const alias of [c.name.official, ...c.altSpellings]) {
      if (alias === c.name.common) continue;
      if (alias.length <= 4 && alias === alias.toUpperCase()) {
        if (SHORT_CODES_IN_PROSE.has(alias)) {
          aliases.add(alias);
          // News style guides write "U.S." and "U.K."; the tokenizer keeps the dots.
          if (alias.length === 2) aliases.add(`${alias[0]}.${alias[1]}.`);
        }
        continue;
      }
      if (PROSE_NAME.test(alias)) aliases.add(alias);
    }
    const demonyms = new Set<string>();
    const eng = c.demonyms?.eng;
    for (const d of [eng?.m, eng?.f]) if (d && PROSE_NAME.test(d)) demonyms.add(d);
    const news = NEWS_NAMES[c.name.common];
    if (news) {
      aliases.delete(news);
      aliases.add(c.name.common);
    }
    return {
      name: news ?? c.name.common,
      aliases: [...aliases],
      demonyms: [...demonyms],
      capitals: c.capital.filter((x) => PROSE_NAME.test(x)),
    };
  });
}
