import type { Entity, Mention, Range } from "../model.js";
import { caseMatches, caseRuleFor, gapKey, PARTICLES, tokenize, type CaseRule, type Token } from "./normalise.js";
import { HONORIFICS } from "./titles.js";

/**
 * How a surface form names its entity, strongest first. Weaker kinds only link with evidence in the
 * same article (see `allowed`).
 */
type Kind = "name" | "demonym" | "given" | "surname";
const RANK: Record<Kind, number> = { name: 0, demonym: 1, given: 2, surname: 3 };

interface Pattern {
  entity: Entity;
  kind: Kind;
  words: string[];
  keys: string[];
  rules: CaseRule[];
  /** Gap keys between consecutive words (length = words.length - 1). */
  gaps: string[];
  /** The form ends in a full stop that belongs to it ("U.S."), so a matching one in the text is kept. */
  trailingDot: boolean;
}

export interface RegistryIndex {
  byFirstKey: Map<string, Pattern[]>;
  /** Folded surname → the people in the registry who carry it, for titled surnames ("Mr. Ansari"). */
  surnames: Map<string, Entity[]>;
  entities: Map<string, Entity>;
}

function toPattern(entity: Entity, kind: Kind, form: string): Pattern | null {
  const toks = tokenize(form);
  if (toks.length === 0) return null;
  const words = toks.map((t) => form.slice(t.start, t.end));
  const gaps = toks.slice(1).map((t, i) => gapKey(form.slice(toks[i]!.end, t.start)));
  return { entity, kind, words, keys: toks.map((t) => t.key), rules: words.map(caseRuleFor), gaps, trailingDot: /\.\s*$/.test(form) };
}

const SUFFIXES = new Set(["jr", "sr", "ii", "iii", "iv"]);

/** "Majed al-Ansari" → ["al-Ansari", "Ansari"]; the forms a later bare-surname mention may take. */
export function surnameForms(name: string): string[] {
  const toks = tokenize(name);
  let last = toks.length - 1;
  while (last > 0 && SUFFIXES.has(toks[last]!.key)) last--;
  if (last <= 0) return [];
  let first = last;
  while (first - 1 > 0 && PARTICLES.has(toks[first - 1]!.key)) first--;
  const forms = [name.slice(toks[first]!.start, toks[last]!.end)];
  if (first < last) forms.push(name.slice(toks[last]!.start, toks[last]!.end));
  return forms;
}

function pluralOf(word: string): string | null {
  return /s$/i.test(word) ? null : `${word}s`;
}

/** Builds the alias index once per registry; matching an article is then a walk over its tokens. */
export function indexRegistry(entities: readonly Entity[]): RegistryIndex {
  const byFirstKey = new Map<string, Pattern[]>();
  const surnames = new Map<string, Entity[]>();
  const add = (p: Pattern | null) => {
    if (!p) return;
    const list = byFirstKey.get(p.keys[0]!) ?? [];
    list.push(p);
    byFirstKey.set(p.keys[0]!, list);
  };
  for (const e of entities) {
    const givenKey = tokenize(e.name)[0]?.key;
    const explicit = new Set<string>();
    for (const form of [e.name, ...e.aliases]) {
      const p = toPattern(e, "name", form);
      if (!p) continue;
      explicit.add(p.keys.join(" "));
      // A lone first name ("Andrew") is too common to link on its own say-so.
      if (e.type === "person" && p.keys.length === 1 && p.keys[0] === givenKey && form !== e.name) p.kind = "given";
      add(p);
      // "The New York Times" is as often written without its article.
      if (p.keys.length > 1 && p.keys[0] === "the") add(toPattern(e, "name", form.slice(tokenize(form)[1]!.start)));
    }
    for (const d of e.demonyms) {
      add(toPattern(e, "demonym", d));
      const plural = pluralOf(d);
      if (plural) add(toPattern(e, "demonym", plural));
    }
    if (e.type === "person") {
      for (const form of surnameForms(e.name)) {
        const p = toPattern(e, "surname", form);
        if (!p) continue;
        const key = p.keys.join(" ");
        if (!explicit.has(key)) add(p);
        const last = p.keys[p.keys.length - 1]!;
        const people = surnames.get(last) ?? [];
        if (!people.includes(e)) people.push(e);
        surnames.set(last, people);
      }
    }
  }
  for (const list of byFirstKey.values()) {
    list.sort((a, b) => b.keys.length - a.keys.length || RANK[a.kind] - RANK[b.kind] || a.entity.id.localeCompare(b.entity.id));
  }
  return { byFirstKey, surnames, entities: new Map(entities.map((e) => [e.id, e])) };
}

interface ArticleState {
  text: string;
  /** Entities already named in full (by name or a multi-word alias) earlier in the article. */
  namedInFull: Set<string>;
  /** Capitalised word keys anywhere in the article, for given-name evidence. */
  capitalised: Set<string>;
}

function matches(state: ArticleState, toks: readonly Token[], i: number, p: Pattern): boolean {
  if (i + p.keys.length > toks.length) return false;
  for (let k = 0; k < p.keys.length; k++) {
    const t = toks[i + k]!;
    if (t.key !== p.keys[k]) return false;
    if (!caseMatches(p.rules[k]!, p.words[k]!, state.text.slice(t.start, t.end))) return false;
    if (k > 0 && gapKey(state.text.slice(toks[i + k - 1]!.end, t.start)) !== p.gaps[k - 1]) return false;
  }
  return true;
}

function precededByHonorific(state: ArticleState, toks: readonly Token[], i: number): boolean {
  const prev = toks[i - 1];
  if (!prev) return false;
  const gap = state.text.slice(prev.end, toks[i]!.start);
  return /^\.?\s+$/u.test(gap) && HONORIFICS.has(prev.key);
}

function allowed(index: RegistryIndex, state: ArticleState, toks: readonly Token[], i: number, p: Pattern, rivals: readonly Pattern[]): boolean {
  switch (p.kind) {
    case "name":
    case "demonym":
      return true;
    case "given":
      // "Witkoff’s son, Andrew": the rest of the name must appear somewhere in the same article.
      return tokenize(p.entity.name).slice(1).some((t) => state.capitalised.has(t.key));
    case "surname": {
      // A bare surname is someone already named in full here, and only one such someone.
      const sameForm = rivals.filter((r) => r.kind === "surname" && r.keys.join(" ") === p.keys.join(" "));
      const named = sameForm.filter((r) => state.namedInFull.has(r.entity.id));
      if (named.length === 1) return named[0]!.entity === p.entity;
      if (named.length > 1) return false;
      // "Mr. Ansari" before any full name: a title says a person follows; link if only one fits.
      const people = index.surnames.get(p.keys[p.keys.length - 1]!) ?? [];
      return precededByHonorific(state, toks, i) && people.length === 1 && people[0] === p.entity;
    }
  }
}

/** Finds registry mentions in the given prose ranges of one article's text, in document order. */
export function matchRegistry(index: RegistryIndex, text: string, ranges: readonly Range[]): Mention[] {
  const state: ArticleState = { text, namedInFull: new Set(), capitalised: new Set() };
  const tokenLists = ranges.map((r) => tokenize(text, r.start, r.end));
  for (const toks of tokenLists) {
    for (const t of toks) if (/^\p{Lu}/u.test(text[t.start]!)) state.capitalised.add(t.key);
  }
  const out: Mention[] = [];
  for (const toks of tokenLists) {
    let i = 0;
    while (i < toks.length) {
      const candidates = index.byFirstKey.get(toks[i]!.key);
      const hit = candidates?.find((p) => matches(state, toks, i, p) && allowed(index, state, toks, i, p, candidates));
      if (!hit) {
        i++;
        continue;
      }
      // "the New York Times": a lowercase article is the sentence's, not the name's.
      const skipThe = hit.keys.length > 1 && hit.keys[0] === "the" && text[toks[i]!.start] === "t";
      const start = toks[skipThe ? i + 1 : i]!.start;
      const lastEnd = toks[i + hit.keys.length - 1]!.end;
      const end = hit.trailingDot && text[lastEnd] === "." ? lastEnd + 1 : lastEnd;
      out.push({ start, end, text: text.slice(start, end), type: hit.entity.type, entityId: hit.entity.id, origin: "registry" });
      if (hit.kind === "name" && (hit.keys.length > 1 || hit.entity.type !== "person")) state.namedInFull.add(hit.entity.id);
      i += hit.keys.length;
    }
  }
  return out;
}
