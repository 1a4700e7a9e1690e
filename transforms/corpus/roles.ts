import type { Article, Mention, Range } from "../model.js";
import { paragraphsOf } from "../text/quotation.js";
import { within } from "../text/ranges.js";
import { HONORIFIC_WORDS, PARTY_ADJECTIVES, ROLE_HEADS, ROLE_LEADS, ROLE_MODIFIERS, ROLE_STOPS, wordKey } from "./role-words.js";

/** A descriptor a briefing attaches to an entity ("US envoy" of Steve Witkoff), where it says so. */
export interface RoleMention extends Range {
  entityId: string;
  /** The role, normalised: no leading article or possessive pronoun, offices in lower case. */
  text: string;
}

/** A role names an office, not a story: longer phrases are clauses, not descriptors. */
const MAX_WORDS = 8;
const PREPOSITIONS = new Set(["of", "for", "to", "at", "in", "on", "from"]);
const POSSESSIVE = /['’]s$/u;

const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);
/** A word's lookup key without its possessive: "Hamas’s" → "hamas". */
export const bare = (w: string) => wordKey(w.replace(POSSESSIVE, ""));
/** A capitalised party adjective ("Democratic"), which names a party rather than an office. */
const party = (w: string) => isCapitalised(w) && PARTY_ADJECTIVES.has(bare(w));

/**
 * A role phrase's normal form, or null when the words are not a role: they must end in a role word
 * (`ROLE_HEADS`), perhaps followed by one prepositional phrase ("envoy for peace missions").
 */
export function normaliseRole(phrase: string, entityName = ""): string | null {
  let text = phrase.replace(/\s+/gu, " ").trim().replace(/[’]/gu, "'").replace(ROLE_LEADS, "");
  // The entity's own possessive says nothing about it ("Hamas's armed wing" of Hamas is no role).
  if (entityName && text.toLowerCase().startsWith(`${entityName.toLowerCase()}'s `)) return null;
  const words = text.split(" ").filter(Boolean);
  if (words.length === 0 || words.length > MAX_WORDS) return null;
  const prep = words.findIndex((w, i) => i > 0 && PREPOSITIONS.has(w));
  const core = prep === -1 ? words : words.slice(0, prep);
  if (prep !== -1 && prep === words.length - 1) return null;
  const head = core.at(-1)!;
  if (!ROLE_HEADS.has(bare(head)) || POSSESSIVE.test(head)) return null;
  for (const w of core.slice(0, -1)) {
    if (!isCapitalised(w) && !ROLE_MODIFIERS.has(bare(w)) && !ROLE_HEADS.has(bare(w)) && !POSSESSIVE.test(w) && !/^[\d-]+$/u.test(w)) return null;
  }
  const known = (w: string | undefined) => w !== undefined && (ROLE_HEADS.has(bare(w)) || ROLE_MODIFIERS.has(bare(w)));
  text = words
    .map((w, i) => {
      // Offices and trades in lower case ("Prime Minister" → "prime minister"); names, acronyms and a
      // title that is part of a name ("President Trump's son-in-law") keep theirs.
      const next = words[i + 1];
      const named = next !== undefined && isCapitalised(next) && !known(next);
      if (party(w) || (bare(w) === "party" && isCapitalised(w) && i > 0 && party(words[i - 1]!))) return w;
      return known(w) && !named && !/^\p{Lu}{2,}/u.test(w) ? w.toLowerCase() : w;
    })
    .join(" ")
    .replace(/\.$/u, "");
  return text;
}

/** The words right before `end` that read as a title ("Qatari Prime Minister" before a name), as a range. */
function titleBefore(text: string, floor: number, end: number, inMention: (at: number) => boolean): Range | null {
  // Most names have no title: the word before them is read first, by hand, before any tokenising.
  let b = end - 1;
  if (b < floor || (text[b] !== " " && text[b] !== "\u00a0")) return null;
  let a = b;
  while (a > floor && text[a - 1] !== " " && text[a - 1] !== "\n") a--;
  const before = bare(text.slice(a, b));
  if (!ROLE_HEADS.has(before) && !HONORIFIC_WORDS.has(before)) return null;
  const slice = text.slice(Math.max(floor, end - 120), end);
  if (!/[^\S\n]$/u.test(slice)) return null;
  const base = end - slice.length;
  const tokens = [...slice.matchAll(/\S+/gu)];
  let start = -1;
  let last = -1;
  let count = 0;
  for (let i = tokens.length - 1; i >= 0 && count < MAX_WORDS; i--) {
    const word = tokens[i]![0];
    const at = base + tokens[i]!.index;
    // Words must follow each other on one line: a break or punctuation ends the title.
    const next = i + 1 < tokens.length ? base + tokens[i + 1]!.index : end;
    if (/\n/u.test(text.slice(at + word.length, next))) break;
    const key = bare(word);
    if (/[,;:()“”"!?]/u.test(word) || (word.endsWith(".") && !HONORIFIC_WORDS.has(key) && !/^\p{Lu}[a-z]{0,3}\.$/u.test(word))) break;
    // "Prime Minister Sheikh Mohammed": an honorific between title and name belongs to neither.
    if (count === 0 && HONORIFIC_WORDS.has(key)) continue;
    const head = ROLE_HEADS.has(key);
    const fits = head || ROLE_MODIFIERS.has(key) || POSSESSIVE.test(word) || (isCapitalised(word) && (inMention(at) || /^\p{Lu}{2,}\.?$/u.test(word)));
    if (!fits || (count === 0 && !head)) break;
    if (count === 0) last = at + word.length;
    start = at;
    count++;
  }
  return start >= 0 ? { start, end: last } : null;
}

/** The phrase after `from` up to punctuation or a word that starts a clause, as a range. */
function phraseAfter(text: string, from: number, limit: number): Range | null {
  const rest = text.slice(from, Math.min(limit, from + 160));
  const stop = /[,;:.()“”"!?—–]|\s-\s/u.exec(rest);
  const piece = stop ? rest.slice(0, stop.index) : "";
  if (!stop) return null;
  const words = piece.split(/(\s+)/u);
  let len = 0;
  for (let i = 0; i < words.length; i += 2) {
    if (ROLE_STOPS.has(words[i]!.toLowerCase()) && i > 0) break;
    len += words[i]!.length + (words[i + 1]?.length ?? 0);
  }
  const end = from + piece.slice(0, len).trimEnd().length;
  return end > from ? { start: from, end } : null;
}

/**
 * Every role an article attaches to a person or organisation it names:
 * - a title before the name ("US envoy Steve Witkoff", "Finance Minister Bezalel Smotrich");
 * - an apposition after it ("Khalil al-Hayya, Hamas's chief negotiator") or before it ("The mayor of
 *   London, Sadiq Khan, said");
 * - a short "X, who is …" ("Witkoff, who is the US envoy").
 * Roles are read from the text around the mention spans; they never become mentions themselves.
 */
export function rolesIn(article: Article, mentions: readonly Mention[], names: (entityId: string) => string = () => ""): RoleMention[] {
  const { text } = article;
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const out: RoleMention[] = [];
  for (const para of paragraphsOf(article.blocks)) {
    const here = within(sorted, para);
    const inMention = (at: number) => {
      for (const m of here) if (m.start <= at && at < m.end) return true;
      return false;
    };
    const add = (m: Mention, r: Range | null) => {
      if (!r) return;
      const role = normaliseRole(text.slice(r.start, r.end), names(m.entityId));
      if (role && role.toLowerCase() !== m.text.toLowerCase()) out.push({ entityId: m.entityId, text: role, start: r.start, end: r.end });
    };
    for (const [k, m] of here.entries()) {
      if (m.type === "place") continue;
      const prev = here[k - 1];
      const floor = Math.max(para.start, prev && prev.entityId === m.entityId ? prev.end : para.start);
      if (m.type === "person") add(m, titleBefore(text, floor, m.start, inMention));
      const after = text.slice(m.end, m.end + 40);
      const who = /^,\s+who\s+(?:is|was|has been|had been|serves as|served as)\s+/u.exec(after);
      if (who) {
        add(m, phraseAfter(text, m.end + who[0].length, para.end));
        continue;
      }
      const comma = /^,\s+/u.exec(after);
      if (comma) add(m, phraseAfter(text, m.end + comma[0].length, para.end));
      // "The mayor of London, Sadiq Khan, said": the role stands before the name, set off by commas.
      if (/^,/u.test(after) && /,\s+$/u.test(text.slice(Math.max(para.start, m.start - 3), m.start))) {
        const before = text.slice(para.start, m.start).replace(/,\s+$/u, "");
        const clause = /(?:^|[,;:]\s+|[.!?]\s+)((?:the|a|an)\s[^,;:.!?“”"]+)$/iu.exec(before);
        if (clause) add(m, { start: para.start + clause.index + clause[0].length - clause[1]!.length, end: para.start + before.length });
      }
    }
  }
  return out;
}
