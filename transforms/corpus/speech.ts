import type { Mention } from "../model.js";
import { HONORIFIC_WORDS, ROLE_HEADS, ROLE_MODIFIERS, wordKey } from "./role-words.js";

/** Verbs that report speech or writing, as a finite verb ("said", "writes"). */
const FINITE = [
  "said", "says", "added", "adds", "told", "tells", "stated", "states", "remarked", "explained", "explains",
  "noted", "notes", "continued", "continues", "went on", "goes on", "concluded", "concludes", "wrote",
  "writes", "tweeted", "tweets", "posted", "commented", "declared", "declares", "insisted", "insists",
  "argued", "argues", "asked", "asks", "replied", "replies", "responded", "warned", "warns", "claimed",
  "claims", "acknowledged", "admitted", "announced", "announces", "exclaimed", "opined", "opines",
  "recalled", "recalls", "urged", "urges", "mentioned", "highlighted", "clarified", "emphasized",
  "emphasised", "stressed", "observed", "suggested", "concurred", "proposed", "elaborated", "described",
  "describes", "called", "calls", "accused", "hailed", "lauded", "praised", "thanked", "assailed",
  "blasted", "slammed", "criticized", "criticised", "condemned", "denounced", "labelled", "labeled",
  "dubbed", "vowed", "promised", "pledged", "predicted", "countered", "retorted", "quipped", "joked",
  "cautioned", "reiterated", "affirmed", "shared", "revealed", "boasted", "complained", "lamented",
  "conceded", "assured", "demanded", "screamed", "shouted", "wondered", "reflected",
];
/** The same as a participle, whose subject is the main clause's ("Ghebreyesus agreed, saying …"). */
const PARTICIPLES = [
  "saying", "adding", "telling", "stating", "noting", "explaining", "arguing", "writing", "insisting",
  "claiming", "warning", "calling", "describing", "urging", "declaring", "remarking", "asking", "stressing",
  "emphasizing", "emphasising", "recalling", "continuing", "concluding", "screaming", "tweeting",
];
const alternation = (words: readonly string[]) => words.map((w) => w.replace(/ /gu, "\\s+")).join("|");
/** Any speech verb as a whole word; group 1 is the verb. */
export const SPEECH_VERB = new RegExp(`\\b(${alternation(FINITE)}|${alternation(PARTICIPLES)})\\b`, "giu");
export const PARTICIPLE = new RegExp(`^(?:${alternation(PARTICIPLES)})$`, "iu");
/** A speech verb at the very start of a string, after the adverbs and auxiliaries that may precede it. */
export const VERB_FIRST = new RegExp(`^(?:(?:${auxiliaries()})\\s+)*(${alternation(FINITE)})\\b`, "iu");

/** Words between a subject and its verb that do not change who speaks ("Witkoff later said"). */
function auxiliaries(): string {
  return [
    "also", "then", "later", "once", "again", "previously", "earlier", "further", "reportedly", "repeatedly",
    "simply", "recently", "has", "had", "have", "would", "will", "could", "did", "has since", "had since",
    "publicly", "privately", "openly", "separately", "flatly", "firmly", "quickly", "subsequently", "finally",
    "initially", "first", "last", "still", "even", "just", "only", "notably", "famously", "however",
  ].join("|");
}
export const TRAILING_AUX = new RegExp(`(?:\\s+(?:${auxiliaries()}))+\\s*$`, "iu");

/** Pronouns that can stand for one person speaking. */
export const PRONOUN = /^(?:he|she)$/iu;

/** Whether a mention may speak: people and organisations do; places are where things happen. */
export const canSpeak = (m: Mention) => m.type === "person" || m.type === "organization";

/**
 * Whether the words between a speech verb and a name (or a name and the text before it) can only be
 * its title, as in "said Qatar foreign ministry spokesman Majed al-Ansari" or "the US envoy": a few
 * capitalised words, role words and possessives, nothing that starts a clause.
 */
export function titleOnly(words: string): boolean {
  const list = words.trim().split(/\s+/u).filter(Boolean);
  if (list.length > 8) return false;
  const known = (w: string | undefined) => {
    const key = w === undefined ? "" : wordKey(w.replace(/['’]s$/u, ""));
    return ROLE_HEADS.has(key) || ROLE_MODIFIERS.has(key) || HONORIFIC_WORDS.has(key);
  };
  return list.every((w, i) => {
    const key = wordKey(w);
    // A plain word may qualify the role word after it ("criminology professor", "student protester").
    return /^[\p{Lu}\d]/u.test(w) || key === "the" || key === "of" || known(w) || /['’]s$/u.test(w) || (/^\p{Ll}[\p{Ll}-]*$/u.test(w) && known(list[i + 1]));
  });
}

/** Words before a title or name that make it the object of a preposition, never a subject. */
export const PREPOSITION_BEFORE = /(?:^|\s)(?:of|at|for|from|with|in|to|by|on|about|against|than|like|and|or)\s+(?:the\s+)?$/iu;

/** Headlines, titles, slogans and scare quotes: the quotation names something; nobody is speaking. */
export const TITLE_CONTEXT =
  /(?:\b(?:titled|entitled|headlined|headline|named|dubbed|so-called|hashtag|slogan|motto|book|film|movie|song|album|show|programme|program|series|documentary|article|op-ed|essay|column|campaign|operation|term|word|words|phrase|banner|sign|signs|placard|placards|caption|label)|['’]s)\s*$/iu;

/** A quotation in Title Case ("A Tribute For a King") is a title, not speech. */
export function looksLikeTitle(quote: string): boolean {
  const words = quote.split(/\s+/u).filter((w) => /\p{L}/u.test(w));
  if (words.length < 3 || /[.!?]\s+\p{Lu}/u.test(quote)) return false;
  const capitalised = words.filter((w) => /^[^\p{L}]*\p{Lu}/u.test(w)).length;
  return capitalised / words.length >= 0.75;
}
