import type { GoldSentence } from "../conll.js";
import { seededRandom } from "./random.js";

/**
 * Template sentences for two kinds of news the gold corpora hardly hold: sport results and
 * company news. In them a club named after its city is an organisation ("Leeds 0 Everton 3",
 * "Barcelona beat Valencia 2 - 1") and so is a company whose name is also a word or a place
 * ("Shares in Nokia fell"). Names come from the gazetteer packages, so what the tagger learns
 * here is the context (a score beside a name, "shares in", "chief executive"), not the names.
 */
export interface SyntheticSources {
  /** Places big enough to have a professional club. */
  cities: readonly string[];
  /** Club names that are not bare city names ("Aston Villa", "Chicago Bulls"). */
  clubs: readonly string[];
  companies: readonly string[];
  firstNames: readonly string[];
  lastNames: readonly string[];
}

type Slot = "CLUB" | "CO" | "PER" | "CITY" | "N" | "DAY";
/** A template: words, or slots filled with a name and tagged with the slot's label. */
type Template = readonly (string | Slot)[];

const SLOT_LABEL: Partial<Record<Slot, string>> = { CLUB: "ORG", CO: "ORG", PER: "PER", CITY: "LOC" };
const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

const SPORT: readonly Template[] = [
  ["CLUB", "N", "CLUB", "N"],
  ["CLUB", "N", "CLUB", "N"],
  ["CLUB", "N", "CLUB", "N"],
  ["CLUB", "beat", "CLUB", "N", "-", "N", "on", "DAY", "."],
  ["CLUB", "drew", "N", "-", "N", "with", "CLUB", "on", "DAY", "."],
  ["CLUB", "lost", "N", "-", "N", "at", "CLUB", "."],
  ["PER", "scored", "twice", "as", "CLUB", "beat", "CLUB", "N", "-", "N", "."],
  ["CLUB", "manager", "PER", "said", "his", "side", "deserved", "to", "win", "."],
  ["PER", "joined", "CLUB", "from", "CLUB", "for", "a", "fee", "of", "N", "million", "pounds", "."],
  ["CLUB", "are", "top", "of", "the", "table", "after", "a", "N", "-", "N", "win", "over", "CLUB", "."],
  ["CLUB", "v", "CLUB", "(", "N", "GMT", ")"],
];

const BUSINESS: readonly Template[] = [
  ["CO", "said", "on", "DAY", "its", "quarterly", "profit", "rose", "N", "percent", "."],
  ["Shares", "in", "CO", "fell", "N", "percent", "in", "CITY", "."],
  ["CO", "shares", "rose", "N", "cents", "."],
  ["CO", "chief", "executive", "PER", "said", "the", "company", "would", "cut", "N", "jobs", "."],
  ["CO", "agreed", "to", "buy", "CO", "for", "$", "N", "billion", "."],
  ["Analysts", "expect", "CO", "to", "report", "higher", "sales", "."],
  ["The", "deal", "makes", "CO", "the", "largest", "rival", "of", "CO", "."],
  ["CO", "is", "based", "in", "CITY", "."],
];

function fill(template: Template, pick: (slot: Slot) => string): GoldSentence {
  const tokens: string[] = [];
  const tags: string[] = [];
  for (const part of template) {
    if (part === "N") {
      tokens.push(pick("N"));
      tags.push("O");
      continue;
    }
    if (part === "DAY" || !(part in SLOT_LABEL)) {
      tokens.push(part === "DAY" ? pick("DAY") : part);
      tags.push("O");
      continue;
    }
    const label = SLOT_LABEL[part as Slot]!;
    pick(part as Slot)
      .split(/\s+/)
      .forEach((w, i) => {
        tokens.push(w);
        tags.push(`${i === 0 ? "B" : "I"}-${label}`);
      });
  }
  return { doc: "", tokens, tags };
}

/** `count` sentences of each kind, the same for the same seed; each is a document of its own. */
export function syntheticSentences(src: SyntheticSources, count: number, seed: number): GoldSentence[] {
  const random = seededRandom(seed);
  const any = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const pick = (slot: Slot): string => {
    switch (slot) {
      case "CLUB":
        return random() < 0.6 ? any(src.cities) : any(src.clubs);
      case "CO":
        return any(src.companies);
      case "PER":
        return `${any(src.firstNames)} ${any(src.lastNames)}`;
      case "CITY":
        return any(src.cities);
      case "N":
        return String(Math.floor(random() * 6));
      case "DAY":
        return any(DAYS);
    }
  };
  const out: GoldSentence[] = [];
  for (const [kind, templates] of [["sport", SPORT], ["business", BUSINESS]] as const) {
    for (let i = 0; i < count; i++) {
      const s = fill(any(templates), pick);
      // Results tables and headlines are often in capitals; the tagger sees them title-cased.
      if (random() < 0.1) s.tokens = s.tokens.map((t) => t.toUpperCase());
      // Results tables may print the home side in capitals ("LEEDS 2 Everton 1").
      else if (kind === "sport" && random() < 0.15) {
        for (let k = 0; k < s.tokens.length && s.tags[k] !== "O"; k++) s.tokens[k] = s.tokens[k]!.toUpperCase();
      }
      out.push({ ...s, doc: `synthetic-${kind}:${i}` });
    }
  }
  return out;
}
