import { GAZ_CAPITAL, GAZ_CITY, GAZ_COUNTRY, GAZ_DEMONYM, loadGazetteer } from "./gazetteer.js";
import type { RuleSpan } from "./postrules.js";

const NUMBER = /^\d{1,3}(?:\.\d+)?$/u;
const CAP = /^\p{Lu}/u;
const LOWER = /^\p{Ll}/u;
/** Words that make a sentence of a sport article a match report ("Barcelona beat Real Madrid 2-1"). */
const MATCH_WORDS = new Set([
  "beat", "beats", "beaten", "drew", "draw", "draws", "drawn", "defeated", "defeat", "thrashed", "edged", "routed",
  "v", "vs", "vs.", "versus", "against", "lost", "lose", "loses", "win", "won", "wins", "victory", "match", "game",
  "goal", "goals", "scored", "equaliser", "equalizer", "league", "cup", "season", "title", "derby", "home", "away",
  "visitors", "hosts", "points", "final", "leaders",
]);
/** Words that only sport reports use: several of them make an article one. */
const SPORT_WORDS = new Set([
  "striker", "midfielder", "goalkeeper", "defender", "winger", "goal", "goals", "scored", "equaliser", "equalizer",
  "league", "innings", "wicket", "wickets", "batsman", "bowler", "touchdown", "touchdowns", "quarterback", "halftime",
  "half-time", "relegation", "relegated", "derby", "fixture", "fixtures", "playoff", "playoffs", "semi-final",
  "quarter-final", "coach", "tournament", "champions", "stadium", "penalty", "seeded", "inning", "homer", "rebounds",
  "basketball", "football", "soccer", "baseball", "hockey", "cricket", "rugby", "tennis", "golf", "nba", "nfl", "nhl",
  "mlb", "uefa", "fifa",
]);
/** Before a place these mean the place itself, not the club: "in Leeds", "from Barcelona", "at the Nou Camp". */
const PLACE_PREPOSITIONS = new Set(["in", "from", "near", "outside", "of", "to", "into", "across", "around", "at", "born"]);

function titleCase(w: string): string {
  return w.length > 1 && w === w.toUpperCase() ? w[0] + w.slice(1).toLowerCase() : w;
}

function placeKind(words: readonly string[]): number {
  const gaz = loadGazetteer();
  const cased = words.map(titleCase);
  const hits = gaz.phrases.get(cased[0]!) ?? [];
  const hit = hits.find((p) => p.tokens.length === cased.length && p.tokens.every((t, k) => t === cased[k]));
  return hit?.kind ?? 0;
}

/** How many scores ("2-1", "2 - 1") the sentence holds. */
function scores(tokens: readonly string[]): number {
  let n = 0;
  for (let i = 1; i + 1 < tokens.length; i++) if (tokens[i] === "-" && NUMBER.test(tokens[i - 1]!) && NUMBER.test(tokens[i + 1]!)) n++;
  return n;
}

/**
 * A results-table line: names and numbers only ("Leeds 2 Chelsea 0", "BUFFALO 9 7 0 320 301"),
 * each run of capitalised words followed by a number. Returns those runs, or null for any other line.
 */
function resultRuns(tokens: readonly string[]): [number, number][] | null {
  if (tokens.length < 2) return null;
  // Most sentences have a lower-case word, usually early: a char-code scan rules them out cheaply.
  for (const t of tokens) {
    const c = t.charCodeAt(0);
    if ((c >= 97 && c <= 122) || (c > 127 && LOWER.test(t))) return null;
  }
  const runs: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!CAP.test(tokens[i]!)) {
      i++;
      continue;
    }
    let end = i;
    while (end < tokens.length && CAP.test(tokens[end]!)) end++;
    if (!NUMBER.test(tokens[end] ?? "")) return null;
    runs.push([i, end]);
    i = end;
  }
  // Column headers ("W L T PF PA") are letters without numbers; a line of names needs a number after each.
  return runs.length > 0 && runs.every(([s, e]) => tokens.slice(s, e).some((t) => t.length > 2)) ? runs : null;
}

/**
 * A team named as its city and a nickname, tagged as a place: "Los Angeles Lakers", "Oklahoma City
 * Thunder". The name as a whole is no listed place, its last word is no place word, and the words
 * before it are a listed city.
 */
function teamName(tokens: readonly string[], s: RuleSpan): boolean {
  if (s.label !== "LOC" || s.demonymOf || s.end - s.start < 2) return false;
  const last = tokens[s.end - 1]!.toLowerCase();
  if (!CAP.test(tokens[s.end - 1]!) || PLACE_WORDS.has(last) || placeKind(tokens.slice(s.start, s.end))) return false;
  return (placeKind(tokens.slice(s.start, s.end - 1)) & (GAZ_CITY | GAZ_CAPITAL)) !== 0;
}

/** Last words that keep a city's name a place: "Kansas City", "Central Park", "Buffalo Airport". */
const PLACE_WORDS = new Set(["city", "county", "park", "airport", "stadium", "arena", "square", "street", "station", "bay", "beach", "heights", "hills", "island", "valley", "river", "lake", "harbour", "harbor", "port", "district", "province", "region", "state"]);

/**
 * Whether the article reports sport: a results line, four sport words, or a score with two sport
 * words. A score alone is not enough: votes are counted the same way ("the Senate voted 53-47").
 */
export function isSportDocument(sentences: readonly (readonly string[])[]): boolean {
  let words = 0;
  let score = 0;
  for (const s of sentences) {
    if (resultRuns(s)) return true;
    score += scores(s);
    // Written lower-case (or as a league's initials): "League of Women Voters" and Mr Winger are no sport.
    for (const t of s) if (SPORT_WORDS.has(t) || (t.length <= 4 && t === t.toUpperCase() && SPORT_WORDS.has(t.toLowerCase()))) words++;
  }
  return words >= 4 || (score >= 1 && words >= 2);
}

/**
 * In a sport article a club named after its city is the club: a city in a match sentence
 * ("Barcelona beat Real Madrid 2-1") or a results line ("Leeds 2 Chelsea 0") is an organisation,
 * and every name in a results line is a mention (a country is its national team, kept a place;
 * a first name and surname is a player). "in Leeds", "from Barcelona" stay places.
 */
export function applySportRules(sentences: readonly (readonly string[])[], spans: RuleSpan[][], firstNames: ReadonlySet<string>): RuleSpan[][] {
  if (!isSportDocument(sentences)) return spans;
  return spans.map((list, si) => {
    const tokens = sentences[si]!;
    const runs = resultRuns(tokens);
    if (runs) {
      return runs.map(([start, end]): RuleSpan => {
        const kind = placeKind(tokens.slice(start, end));
        if (kind & (GAZ_COUNTRY | GAZ_DEMONYM)) return { start, end, label: "LOC" };
        const existing = list.find((s) => s.start === start && s.end === end && s.label === "PER");
        const person = existing || (end - start >= 2 && firstNames.has(titleCase(tokens[start]!)));
        return { start, end, label: person ? "PER" : "ORG" };
      });
    }
    const match = scores(tokens) > 0 || tokens.some((t) => MATCH_WORDS.has(t.toLowerCase()));
    return list.map((s) => {
      if (!match) return teamName(tokens, s) ? { ...s, label: "ORG" } : s;
      // A city tagged as a person ("Liverpool played well") is the club too.
      const cityPerson = s.label === "PER" && s.end - s.start === 1 && placeKind(tokens.slice(s.start, s.end)) & (GAZ_CITY | GAZ_CAPITAL);
      if (teamName(tokens, s)) return { ...s, label: "ORG" };
      // "at the Nou Camp" is the ground, "against the Oklahoma City Thunder" the club.
      const before = tokens[s.start - 1] === "the" ? tokens[s.start - 2] : tokens[s.start - 1];
      if ((s.label !== "LOC" && !cityPerson) || s.demonymOf || PLACE_PREPOSITIONS.has((before ?? "").toLowerCase())) return s;
      // A country is its national team, which stays a place; any other place in a match sentence is a club.
      return placeKind(tokens.slice(s.start, s.end)) & GAZ_COUNTRY ? s : { ...s, label: "ORG" };
    });
  });
}
