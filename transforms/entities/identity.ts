import type { EntityType, LocalEntity } from "../model.js";
import { canonicalKey } from "./keys.js";

/**
 * Short and informal names news uses for a handful of bodies and countries it names constantly,
 * and the one full name each stands for. Curated: only forms that mean one thing in English news.
 */
const SHORT_FORMS: readonly [string[], string, EntityType][] = [
  [["Lib Dems", "Lib Dem", "LibDems", "Liberal Democrat"], "Liberal Democrats", "organization"],
  [["Tories", "Tory", "Tory Party", "Conservatives"], "Conservative Party", "organization"],
  [["Labour"], "Labour Party", "organization"],
  [["Britain", "Great Britain", "UK", "U.K."], "United Kingdom", "place"],
  [["EU", "E.U."], "European Union", "organization"],
  [["US", "U.S.", "USA", "U.S.A.", "America", "United States of America"], "United States", "place"],
  [["UN", "U.N."], "United Nations", "organization"],
  [["GOP"], "Republican Party", "organization"],
  [["NHS"], "National Health Service", "organization"],
];

let shortForms: Map<string, { name: string; type: EntityType }> | null = null;

/** The full name a short form stands for ("Lib Dems" → Liberal Democrats), if it is one. */
export function expandShortForm(name: string): { name: string; type: EntityType } | undefined {
  if (!shortForms) {
    shortForms = new Map();
    for (const [forms, full, type] of SHORT_FORMS) for (const f of forms) shortForms.set(canonicalKey(f), { name: full, type });
  }
  return shortForms.get(canonicalKey(name));
}

/** Words that end a company's legal name without changing the company: "General Motors Corporation". */
const CORPORATE_SUFFIXES = new Set([
  "inc", "incorporated", "corp", "corporation", "co", "company", "llc", "ltd", "limited", "plc", "group", "holdings",
  "sa", "ag", "nv", "gmbh", "lp", "llp", "pty", "bhd",
]);

/** Whether the last word of a name is a corporate suffix. */
export function hasCorporateSuffix(name: string): boolean {
  const last = LAST_WORD.exec(name);
  return last !== null && last.index > 0 && CORPORATE_SUFFIXES.has(last[1]!.toLowerCase());
}

const LAST_WORD = /([\p{L}]+)\.?$/u;

/**
 * The key of a company's name without its legal suffixes: "general motors corporation" and
 * "general motors corp" → "general motors"; "ford motor co" → "ford" (a singular "Motor" before a
 * suffix is part of the legal form). At least one word always stays.
 */
export function corporateBase(key: string): string {
  const words = key.split(" ");
  let end = words.length;
  while (end > 1 && CORPORATE_SUFFIXES.has(words[end - 1]!)) end--;
  if (end < words.length && end > 1 && words[end - 1] === "motor") end--;
  if (end > 1 && words[end - 1] === "&") end--;
  return words.slice(0, end).join(" ");
}

const ACRONYM = /^\p{Lu}(?:\.?\p{Lu}){1,6}\.?$/u;
const INITIAL_SKIP = new Set(["of", "the", "and", "for", "&", "de", "du", "des", "la", "le", "in", "on", "at"]);

/** Whether a form is written as an initialism: "GM", "U.N.", "WHO". */
export function isAcronym(form: string): boolean {
  return ACRONYM.test(form);
}

/** The initials of a multi-word name, with and without its corporate suffixes: "General Motors Corp." → GM, GMC. */
export function initialsOf(name: string): string[] {
  const words = name.split(/[\s-]+/u).filter((w) => /^\p{L}/u.test(w) && !INITIAL_SKIP.has(w.toLowerCase()));
  if (words.length < 2) return [];
  const all = words.map((w) => w[0]!.toUpperCase()).join("");
  let end = words.length;
  while (end > 1 && CORPORATE_SUFFIXES.has(words[end - 1]!.toLowerCase().replace(/\.$/u, ""))) end--;
  const base = words.slice(0, end).map((w) => w[0]!.toUpperCase()).join("");
  return base.length >= 2 && base !== all ? [all, base] : [all];
}

/** A local entity renamed to the full name its short form stands for, or unchanged. */
export function withFullName(local: LocalEntity): LocalEntity {
  if (local.type === "person" && local.forms.length > 1) return local;
  const full = expandShortForm(local.name);
  if (!full || full.name === local.name) return local;
  return { ...local, name: full.name, type: full.type, forms: [full.name, ...local.forms], surnameOnly: false };
}

/** The acronym → expansion pairs one article shows: a defined acronym, or one matching a name's initials. */
export function acronymsIn(locals: readonly LocalEntity[]): Map<string, string> {
  const out = new Map<string, string>();
  const expansions = locals.filter((l) => l.type !== "person" && !isAcronym(l.name) && l.name.includes(" "));
  for (const l of locals) {
    if (l.type === "person") continue;
    // Defined in the article: the acronym is already one of the name's forms.
    for (const f of l.forms) if (isAcronym(f) && !isAcronym(l.name)) out.set(canonicalKey(f), l.name);
    if (!isAcronym(l.name) || l.forms.length > 1) continue;
    const owners = expansions.filter((e) => initialsOf(e.name).includes(l.name.replace(/\./gu, "")));
    if (owners.length === 1) out.set(canonicalKey(l.name), owners[0]!.name);
  }
  return out;
}
