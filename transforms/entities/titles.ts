import { fold } from "./normalise.js";

/**
 * Courtesy titles and offices that by themselves say "a person's surname follows" ("Mr. Ansari",
 * "President Trump"), folded without their full stop. The recogniser keeps its own, wider list of
 * title words to strip (transforms/ner/titles.ts); this one only licenses a registry surname match.
 */
export const HONORIFICS: ReadonlySet<string> = new Set(
  ["mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "sheikh", "president", "senator", "sen", "rep",
    "governor", "gov", "mayor", "king", "queen", "prince", "princess", "emir", "pope", "judge", "justice",
    "general", "gen", "colonel", "col", "lieutenant", "lt", "captain", "capt", "sergeant", "sgt", "admiral",
    "adm", "commander", "cmdr", "minister", "chancellor", "premier", "ambassador", "envoy", "secretary",
    "rabbi", "imam", "cardinal", "bishop", "archbishop", "detective", "inspector", "coach", "speaker"].map(fold),
);
