/**
 * How two entity names can be one name written two ways: what `suggest` looks for. Each function
 * maps a name to a key; two names with the same key under one of them are a likely duplicate.
 */
import { canonicalKey } from "./keys.js";

// Short forms of given names, both ways round ("Bill" and "William" share the key "william").
const NICKNAMES: Record<string, string[]> = {
  william: ["bill", "billy", "will", "willy"],
  robert: ["bob", "bobby", "rob", "robbie", "bert"],
  james: ["jim", "jimmy", "jamie"],
  michael: ["mike", "mikey", "mick"],
  anthony: ["tony"],
  joseph: ["joe", "joey"],
  richard: ["dick", "rick", "ricky", "rich"],
  edward: ["ed", "eddie", "ted", "ned"],
  thomas: ["tom", "tommy"],
  david: ["dave", "davy"],
  stephen: ["steve", "stevie", "steven"],
  christopher: ["chris"],
  nicholas: ["nick", "nicky"],
  alexander: ["alex", "sasha"],
  benjamin: ["ben", "benny", "bibi"],
  samuel: ["sam", "sammy"],
  daniel: ["dan", "danny"],
  matthew: ["matt"],
  patrick: ["pat", "paddy"],
  andrew: ["andy", "drew"],
  elizabeth: ["liz", "beth", "betty", "lizzie"],
  katherine: ["kate", "kathy", "katie", "catherine"],
  jennifer: ["jen", "jenny"],
  timothy: ["tim"],
  gregory: ["greg"],
  jeffrey: ["jeff"],
  kenneth: ["ken", "kenny"],
  lawrence: ["larry"],
  gerald: ["jerry"],
  donald: ["don", "donnie"],
  ronald: ["ron", "ronnie"],
  charles: ["charlie", "chuck"],
  john: ["jack", "johnny"],
  henry: ["hank", "harry"],
  margaret: ["maggie", "peggy", "meg"],
  susan: ["sue", "susie"],
  victoria: ["vicky"],
  rebecca: ["becky"],
  abraham: ["abe"],
  frederick: ["fred", "freddie"],
  albert: ["al"],
  vladimir: ["vlad"],
  mohammed: ["muhammad", "mohammad", "mohamed", "muhammed"],
};
const GIVEN = new Map<string, string>();
for (const [full, shorts] of Object.entries(NICKNAMES)) for (const s of [full, ...shorts]) GIVEN.set(s, full);

// Places better known by another name than the gazetteer's (which already folds "UK", "U.S." and the like).
const PLACE_NICKNAMES: Record<string, string> = {
  britain: "united kingdom",
  "great britain": "united kingdom",
  america: "united states",
  holland: "netherlands",
  burma: "myanmar",
  "ivory coast": "cote d ivoire",
  "czechia": "czech republic",
};

// Words an organisation's name may carry or drop ("Apple Inc." = "Apple", "Labour Party" = "Labour").
const ORG_SUFFIXES = new Set(["inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "plc", "llc", "group", "holdings", "sa", "ag", "gmbh", "party", "fc", "cf", "club", "football club"]);
// Words joining a name's parts that an acronym skips.
const ACRONYM_SKIPS = new Set(["of", "the", "and", "for", "in", "on", "de", "des", "du", "la", "le", "et", "al"]);

const words = (name: string) => canonicalKey(name).split(" ").filter(Boolean);

/** The name without corporate or party suffixes, given names as their full form, places by their usual name. */
export function variantKey(name: string): string {
  const key = canonicalKey(name).replace(/\b(\w+) s\b/gu, "$1s").replace(/\bsaint\b/gu, "st");
  if (PLACE_NICKNAMES[key]) return PLACE_NICKNAMES[key]!;
  let ws = key.split(" ");
  while (ws.length > 1 && ORG_SUFFIXES.has(ws[ws.length - 1]!)) ws = ws.slice(0, -1);
  if (ws.length >= 2 && GIVEN.has(ws[0]!)) ws = [GIVEN.get(ws[0]!)!, ...ws.slice(1)];
  return ws.join(" ");
}

/** "Jared Corey Kushner" → "jared kushner"; names of one or two words have none. */
export function firstLastKey(name: string): string | null {
  const ws = words(name);
  return ws.length >= 3 ? `${GIVEN.get(ws[0]!) ?? ws[0]} ${ws[ws.length - 1]}` : null;
}

/** "J. Doe" → "j doe"; and for "John Doe" the same key, so the two meet. Null for one-word names. */
export function initialKey(name: string): string | null {
  const ws = words(name);
  if (ws.length < 2) return null;
  return `${ws[0]![0]} ${ws[ws.length - 1]}`;
}

/** Whether the name's first word is only an initial ("J. Doe"). */
export function isInitialForm(name: string): boolean {
  const ws = words(name);
  return ws.length >= 2 && ws[0]!.length === 1;
}

/** The initials of a name of three or more words ("North Atlantic Treaty Organization" → "nato"). */
export function acronymOf(name: string): string | null {
  const ws = words(name).filter((w) => !ACRONYM_SKIPS.has(w));
  return ws.length >= 2 ? ws.map((w) => w[0]).join("") : null;
}

/** The key of a name written as an acronym ("NATO", "U.N." → "nato", "un"), or null. */
export function asAcronym(name: string): string | null {
  const compact = name.replace(/[.\s]/gu, "");
  return /^\p{Lu}{2,6}$/u.test(compact) ? compact.toLowerCase() : null;
}

/** The last word of a name: what a surname-only mention would read. */
export function lastWord(name: string): string {
  const ws = words(name);
  return ws[ws.length - 1] ?? "";
}

export function wordCount(name: string): number {
  return words(name).length;
}

/** Levenshtein distance, stopping early past `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      row[j] = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, row[j]!);
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}
