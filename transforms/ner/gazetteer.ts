import { readFileSync } from "node:fs";
import { startsUpperOrDigit } from "./chars.js";

export interface CountryEntry {
  name: string;
  aliases: string[];
  demonyms: string[];
  capitals: string[];
}

export const GAZ_COUNTRY = 1;
export const GAZ_DEMONYM = 2;
export const GAZ_CAPITAL = 4;
export const GAZ_CITY = 32;
/** Organisation-list hit; set in its own pass (`matchOrgs`) because matching is case-insensitive. */
export const GAZ_ORG = 512;
/** A capitalised word that names an organisation but is also a common word, first name or place ("Nokia"). */
export const GAZ_ORG_AMBIGUOUS = 1024;

/** Name and place lists generated at train time from npm packages (see data/README.md). */
export interface NameLists {
  firstNames: string[];
  lastNames: string[];
  cities: string[];
}

export interface Gazetteer {
  /** Multi-word phrases (as token lists) keyed by their first token, longest first. */
  phrases: Map<string, { tokens: string[]; kind: number; country: string }[]>;
  firstNames: ReadonlySet<string>;
  lastNames: ReadonlySet<string>;
  /** Lower-cased organisation phrases as token lists, keyed by their first token, longest first. */
  orgs: Map<string, string[][]>;
  /** Lower-cased single-word organisation names that are also other words (`GAZ_ORG_AMBIGUOUS`). */
  ambiguousOrgs: ReadonlySet<string>;
  /** `phrases` as a token trie, so matching walks the text once instead of trying every phrase. */
  trie: PhraseNode;
}

/** A trie node; `kind` is non-zero where a phrase ends, with all its kinds and first listed country. */
export interface PhraseNode {
  kind: number;
  country: string;
  next: Map<string, PhraseNode> | null;
}

function phraseTrie(phrases: Gazetteer["phrases"]): PhraseNode {
  const root: PhraseNode = { kind: 0, country: "", next: new Map() };
  // Same-token phrases keep their list order, so the first country here is the one a list scan finds first.
  for (const list of phrases.values()) {
    for (const p of list) {
      let node = root;
      for (const t of p.tokens) {
        node.next ??= new Map();
        let child = node.next.get(t);
        if (!child) {
          child = { kind: 0, country: "", next: null };
          node.next.set(t, child);
        }
        node = child;
      }
      node.kind |= p.kind;
      if (!node.country && p.country) node.country = p.country;
    }
  }
  return root;
}

/** English plural of a demonym as used for people: "Palestinians", but not "Chineses" or "Britishs". */
export function demonymPlural(d: string): string | null {
  return /(?:ese|ss|sh|ch|s|x|z)$/i.test(d) ? null : `${d}s`;
}

export function buildLookup(
  entries: readonly CountryEntry[],
  names: NameLists,
  orgList: readonly string[] = [],
  ambiguousOrgs: readonly string[] = [],
): Gazetteer {
  const phrases: Gazetteer["phrases"] = new Map();
  const seen = new Set<string>();
  const add = (phrase: string, kind: number, country: string): void => {
    const tokens = phrase.split(/\s+/);
    const key = `${kind}:${phrase}`;
    if (seen.has(key)) return;
    seen.add(key);
    const first = tokens[0]!;
    const list = phrases.get(first) ?? [];
    list.push({ tokens, kind, country });
    phrases.set(first, list);
  };
  for (const e of entries) {
    add(e.name, GAZ_COUNTRY, e.name);
    for (const a of e.aliases) add(a, GAZ_COUNTRY, e.name);
    for (const c of e.capitals) add(c, GAZ_CAPITAL, e.name);
    for (const d of e.demonyms) {
      add(d, GAZ_DEMONYM, e.name);
      const p = demonymPlural(d);
      if (p) add(p, GAZ_DEMONYM, e.name);
    }
  }
  for (const c of names.cities) add(c, GAZ_CITY, "");
  for (const list of phrases.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  const orgs = new Map<string, string[][]>();
  const addOrg = (tokens: string[]): void => {
    const list = orgs.get(tokens[0]!) ?? [];
    list.push(tokens);
    orgs.set(tokens[0]!, list);
  };
  for (const o of orgList) {
    const tokens = o.split(/\s+/);
    addOrg(tokens);
    // "coca cola" is written "Coca-Cola", which the tokenizer keeps as one token.
    if (tokens.length === 2 && /^[\p{L}]+$/u.test(tokens[0]!) && /^[\p{L}]+$/u.test(tokens[1]!)) addOrg([tokens.join("-")]);
  }
  for (const list of orgs.values()) list.sort((a, b) => b.length - a.length);
  return {
    phrases,
    firstNames: new Set(names.firstNames),
    lastNames: new Set(names.lastNames),
    orgs,
    ambiguousOrgs: new Set(ambiguousOrgs),
    trie: phraseTrie(phrases),
  };
}

export interface GazMatch {
  start: number;
  end: number;
  kind: number;
  country: string;
}

/**
 * Longest case-sensitive matches of gazetteer phrases over a token list. Case matters
 * because "Chad", "Turkey" and "Jordan" are also common words or first names, and the
 * tagger decides those from context; the gazetteer only supplies a hint.
 */
export function matchGazetteer(gaz: Gazetteer, tokens: readonly string[]): GazMatch[] {
  const root = gaz.trie.next!;
  return matchPhrasesFrom(tokens, tokens.map((t) => root.get(t)));
}

/** `matchGazetteer` given each token's trie node as a first word, which callers may have cached. */
export function matchPhrasesFrom(tokens: readonly string[], firstNodes: readonly (PhraseNode | undefined)[]): GazMatch[] {
  const out: GazMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    let node = firstNodes[i];
    let end = 0;
    let found: PhraseNode | null = null;
    for (let k = i + 1; node; k++) {
      if (node.kind !== 0) {
        end = k;
        found = node;
      }
      node = k < tokens.length ? node.next?.get(tokens[k]!) : undefined;
    }
    if (found) {
      out.push({ start: i, end, kind: found.kind, country: found.country });
      i = end;
    } else i++;
  }
  return out;
}

const ORG_INNER = new Set(["&", "of", "and", "the", "de", "'s", "’s"]);

/**
 * Longest matches of the organisation list, ignoring case but requiring a name's
 * capitalisation ("Apple said", not "an apple"): words are capitalised, inner connectors may not be.
 */
export function matchOrgs(gaz: Gazetteer, tokens: readonly string[]): GazMatch[] {
  return matchOrgsFrom(tokens, tokens.map((t) => (startsUpperOrDigit(t) ? gaz.orgs.get(t.toLowerCase()) : undefined)));
}

/** `matchOrgs` given, per token, the organisation names it can start (none unless capitalised). */
export function matchOrgsFrom(tokens: readonly string[], firstLists: readonly (readonly (readonly string[])[] | undefined)[]): GazMatch[] {
  const out: GazMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const list = firstLists[i];
    let len = 0;
    if (list) {
      for (const p of list) {
        if (i + p.length > tokens.length) continue;
        let ok = true;
        for (let k = 1; ok && k < p.length; k++) {
          const tok = tokens[i + k]!;
          ok = tok.toLowerCase() === p[k] && (startsUpperOrDigit(tok) || ORG_INNER.has(p[k]!));
        }
        if (ok) {
          len = p.length;
          break;
        }
      }
    }
    if (len > 0) {
      out.push({ start: i, end: i + len, kind: GAZ_ORG, country: "" });
      i += len;
    } else i++;
  }
  return out;
}

let cached: Gazetteer | null = null;

/** The gazetteer generated at train time from world-countries (see data/README.md). */
export function loadGazetteer(): Gazetteer {
  if (!cached) {
    const read = (name: string): unknown => JSON.parse(readFileSync(new URL(`./data/${name}`, import.meta.url), "utf8"));
    const orgs = read("orgs.json") as { orgs: string[]; ambiguous?: string[] };
    cached = buildLookup(read("countries.json") as CountryEntry[], read("names.json") as NameLists, orgs.orgs, orgs.ambiguous);
  }
  return cached;
}
