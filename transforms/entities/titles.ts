import { fold } from "./normalise.js";

/**
 * Words that introduce a person's name but are not part of it: honorifics, offices and ranks.
 * Kept folded (lowercase, no accents, no full stop) so "Mr." and "Mr" are one entry.
 */
const TITLE_WORDS = [
  "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "sheikh", "sheikha",
  "president", "vice", "prime", "minister", "premier", "chancellor", "secretary", "ambassador", "envoy",
  "senator", "sen", "rep", "representative", "congressman", "congresswoman", "governor", "gov", "mayor",
  "king", "queen", "prince", "princess", "emir", "crown", "pope", "cardinal", "archbishop", "bishop", "rabbi",
  "imam", "father", "rev", "reverend", "judge", "justice", "chief", "speaker", "general", "gen", "colonel",
  "col", "lieutenant", "lt", "major", "maj", "captain", "capt", "sergeant", "sgt", "master", "private", "pvt",
  "corporal", "cpl", "admiral", "adm", "commander", "cmdr", "officer", "detective", "inspector", "constable",
  "coach", "spokesman", "spokeswoman", "spokesperson", "leader", "deputy", "foreign", "defence", "defense",
  "finance", "interior", "health", "justice", "attorney", "special", "national", "security", "adviser", "advisor",
  "director", "ceo", "chairman", "chairwoman", "chair", "founder", "anchor", "reporter", "correspondent",
];

export const TITLES: ReadonlySet<string> = new Set(TITLE_WORDS.map(fold));

/** Courtesy titles that by themselves say "a person's surname follows". */
export const HONORIFICS: ReadonlySet<string> = new Set(
  ["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "sheikh", "president", "senator", "sen", "rep",
    "governor", "gov", "mayor", "king", "queen", "prince", "princess", "emir", "pope", "judge", "justice",
    "general", "gen", "colonel", "col", "lieutenant", "lt", "captain", "capt", "sergeant", "sgt", "admiral",
    "adm", "commander", "cmdr", "minister", "chancellor", "premier", "ambassador", "envoy", "secretary",
    "rabbi", "imam", "cardinal", "bishop", "archbishop", "detective", "inspector", "coach", "speaker"].map(fold),
);
