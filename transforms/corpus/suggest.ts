/**
 * `npm run entities -- suggest`: likely fixes for the desk, most likely first. Duplicates (name
 * variants, acronyms, short forms, nicknames, initials, a surname page beside a full-name page), likely
 * wrong types, and thin pages; each with its evidence and the command that applies it. Pure.
 */
import type { Corpus, Entity, EntityType } from "../model.js";
import { compareEnglish } from "../text/collate.js";
import { countryFor } from "../entities/keys.js";
import { acronymOf, asAcronym, editDistance, firstLastKey, initialKey, isInitialForm, lastWord, variantKey, wordCount } from "../entities/name-variants.js";
import { canonicalKey } from "../entities/keys.js";
import { contextLine, entityStats } from "./review.js";

export interface Side {
  id: string;
  name: string;
  type: EntityType;
  origin: Entity["origin"];
  mentions: number;
  articles: number;
  context: { file: string; text: string } | null;
}

export interface Suggestion {
  kind: "duplicate" | "type" | "thin";
  /** In words: "surname beside a full name", "acronym", "company-like place"… */
  reason: string;
  score: number;
  verb: "merge" | "type" | "reject";
  args: string[];
  command: string;
  /** The entity to change first; for a merge, the one it goes into second. */
  entities: Side[];
  /** Articles that name both sides of a merge: a surname and its full name usually share one. */
  shared: number;
}


const ORG_WORDS = /\b(inc|corp|corporation|company|ltd|limited|plc|llc|group|bank|airlines?|airways|university|college|party|ministry|council|committee|agency|association|federation|union|club|fc|news|times|post|network|television|tv|radio|police|army|navy|court|institute|foundation|commission|department|office|organi[sz]ation|board|service|bureau|league)\b/iu;
const NOT_A_PERSON = /\b(award|awards|prize|cup|championship|championships|festival|olympics|games|treaty|summit|conference|election|elections|tournament|open|grand prix)\b/iu;


const command = (verb: string, args: readonly string[]) => `npm run entities -- ${verb} ${args.map((a) => (/^[a-z0-9-]+$/u.test(a) ? a : JSON.stringify(a))).join(" ")}`;

export function suggest(corpus: Corpus): Suggestion[] {
  const stats = entityStats(corpus);
  const entities = [...corpus.entities.values()].filter((e) => stats.has(e.id));
  const side = (e: Entity): Side => {
    const s = stats.get(e.id)!;
    return { id: e.id, name: e.name, type: e.type, origin: e.origin, mentions: s.mentions, articles: s.articles.size, context: contextLine(corpus.articles[s.first]!, e.id) };
  };
  const sharedOf = (a: Entity, b: Entity) => [...stats.get(a.id)!.articles].filter((i) => stats.get(b.id)!.articles.has(i)).length;
  // More articles first; then the fuller name ("Salling Group" over "Salling"), then more mentions.
  const weight = (e: Entity) => stats.get(e.id)!.articles.size * 1e6 + Math.min(e.name.length, 999) * 1000 + Math.min(stats.get(e.id)!.mentions, 999);
  const out: Suggestion[] = [];
  const paired = new Map<string, Suggestion>();

  /** A merge of `from` into `into`; the registry side always stays, and one pair is suggested once. */
  const duplicate = (from: Entity, into: Entity, reason: string, confidence: number) => {
    if (from.id === into.id || (from.origin === "registry" && into.origin === "registry")) return;
    if (from.origin === "registry") [from, into] = [into, from];
    const key = [from.id, into.id].sort().join("|");
    const shared = sharedOf(from, into);
    const impact = Math.log2(1 + Math.min(stats.get(from.id)!.mentions, stats.get(into.id)!.mentions));
    const score = Math.min(0.99, confidence + (shared > 0 ? 0.08 : 0)) + 0.01 * impact;
    const before = paired.get(key);
    if (before && before.score >= score) return;
    const args = [from.id, into.id];
    paired.set(key, { kind: "duplicate", reason, score, verb: "merge", args, command: command("merge", args), entities: [side(from), side(into)], shared });
  };
  /** The fuller or better-attested of two spellings is the one to keep. */
  const byWeight = (a: Entity, b: Entity, reason: string, confidence: number) =>
    weight(a) > weight(b) || (weight(a) === weight(b) && a.name.length >= b.name.length) ? duplicate(b, a, reason, confidence) : duplicate(a, b, reason, confidence);

  const index = (keyOf: (e: Entity) => string | null, pick: (e: Entity) => boolean = () => true) => {
    const map = new Map<string, Entity[]>();
    for (const e of entities) {
      const k = pick(e) ? keyOf(e) : null;
      if (k) map.set(k, [...(map.get(k) ?? []), e]);
    }
    return map;
  };

  // Same name up to suffixes, nicknames and a place's usual name; middle names dropped; initials.
  for (const group of index((e) => variantKey(e.name)).values()) {
    for (let i = 1; i < group.length; i++) {
      const [a, b] = [group[0]!, group[i]!];
      const nick = canonicalKey(a.name).split(" ")[0] !== canonicalKey(b.name).split(" ")[0] && wordCount(a.name) === wordCount(b.name);
      // A short form seen in more articles than the full name is often the general word ("Brexit", "Brexit Party").
      const [short, full] = wordCount(a.name) < wordCount(b.name) ? [a, b] : [b, a];
      const general = wordCount(short.name) < wordCount(full.name) && stats.get(short.id)!.articles.size > stats.get(full.id)!.articles.size;
      byWeight(a, b, nick ? "nickname or other form of the name" : wordCount(a.name) === wordCount(b.name) ? "name variant" : "short form", general ? 0.6 : 0.9);
    }
  }
  const fullNames = index((e) => firstLastKey(e.name) ?? (wordCount(e.name) === 2 ? canonicalKey(e.name) : null), (e) => e.type === "person");
  for (const group of fullNames.values()) for (let i = 1; i < group.length; i++) byWeight(group[0]!, group[i]!, "same first and last name", 0.85);
  const initials = index((e) => initialKey(e.name), (e) => e.type === "person");
  for (const group of initials.values()) {
    const full = group.filter((e) => !isInitialForm(e.name));
    const distinct = new Set(full.map((e) => firstLastKey(e.name) ?? canonicalKey(e.name)));
    for (const short of group.filter((e) => isInitialForm(e.name))) if (distinct.size === 1) duplicate(short, full[0]!, "initial beside a full name", 0.8);
  }
  // Acronyms: "UN" and "United Nations".
  const expansions = index((e) => acronymOf(e.name), (e) => e.type !== "person");
  for (const e of entities) {
    const acr = asAcronym(e.name);
    const found = acr ? (expansions.get(acr) ?? []).filter((x) => x.id !== e.id) : [];
    // An acronym spelled out in the same article is the usual pattern; elsewhere it may stand for something else.
    if (found.length === 1) byWeight(e, found[0]!, "acronym", sharedOf(e, found[0]!) > 0 ? 0.8 : 0.5);
  }
  // A surname page beside a full-name page: "Radcliffe" and "Paula Radcliffe".
  const surnames = index((e) => lastWord(e.name), (e) => e.type === "person" && wordCount(e.name) >= 2);
  for (const e of entities) {
    if (wordCount(e.name) !== 1 || countryFor(e.name)) continue;
    const owners = surnames.get(canonicalKey(e.name)) ?? [];
    if (owners.length === 0) continue;
    const best = [...owners].sort((a, b) => sharedOf(e, b) - sharedOf(e, a) || weight(b) - weight(a))[0]!;
    const confidence = e.type !== "person" ? 0.5 : owners.length === 1 ? 0.85 : 0.6;
    duplicate(e, best, owners.length === 1 ? "surname beside a full name" : `surname shared by ${owners.length} people; this one shares most briefings`, confidence);
  }
  // Spellings one or two letters apart ("Gaddafi", "Gadaffi"), same type, long enough to mean it.
  const buckets = index((e) => `${e.type}:${canonicalKey(e.name)[0] ?? ""}`);
  for (const group of buckets.values()) {
    if (group.length > 400) continue;
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const [a, b] = [canonicalKey(group[i]!.name), canonicalKey(group[j]!.name)];
        const allowed = Math.min(a.length, b.length) >= 10 ? 2 : Math.min(a.length, b.length) >= 6 ? 1 : 0;
        if (allowed && a !== b && editDistance(a, b, allowed) <= allowed && lastWord(a) !== a.split(" ")[0]) byWeight(group[i]!, group[j]!, "spelling variant", 0.65);
      }
    }
  }
  out.push(...paired.values());

  // Likely wrong types and thin pages: automatic entities only, the registry's types are an editor's.
  const inPair = new Set([...paired.values()].flatMap((s) => s.args));
  for (const e of entities) {
    if (e.origin !== "auto") continue;
    const s = stats.get(e.id)!;
    const typed = (reason: string, to: EntityType, confidence: number) => {
      const args = [e.id, to];
      out.push({ kind: "type", reason, score: confidence + 0.01 * Math.log2(1 + s.mentions), verb: "type", args, command: command("type", args), entities: [side(e)], shared: 0 });
    };
    const rejected = (kind: Suggestion["kind"], reason: string, confidence: number) => {
      out.push({ kind, reason, score: confidence + 0.01 * Math.log2(1 + s.mentions), verb: "reject", args: [e.id], command: command("reject", [e.id]), entities: [side(e)], shared: 0 });
    };
    if (e.type === "person" && NOT_A_PERSON.test(e.name)) rejected("type", "typed as a person, but named like an award or event", 0.75);
    else if (e.type === "person" && ORG_WORDS.test(e.name)) typed("typed as a person, but named like an organisation", "organization", 0.75);
    else if (e.type === "place" && ORG_WORDS.test(e.name)) typed("company-like place", "organization", 0.7);
    else if (e.type === "person" && wordCount(e.name) === 1 && !inPair.has(e.id)) typed("one-word person", countryFor(e.name) ? "place" : "organization", 0.5);
    else if (e.published && s.mentions === 1 && !inPair.has(e.id)) rejected("thin", "thin page: one mention in one article", 0.3);
  }
  return out.sort((a, b) => b.score - a.score || compareEnglish(a.command, b.command));
}

/** A suggestion as text: the command, then each side's names, counts and a line of context. */
export function formatSuggestion(s: Suggestion, rank: number): string {
  const sides = s.entities.map((e) => `     ${e.name} [${e.id}, ${e.type}${e.origin === "registry" ? ", registry" : ""}]: ${e.mentions} mention${e.mentions === 1 ? "" : "s"} in ${e.articles} article${e.articles === 1 ? "" : "s"}${e.context ? `\n       “${e.context.text}” (${e.context.file})` : ""}`);
  const shared = s.kind === "duplicate" ? `\n     ${s.shared} article${s.shared === 1 ? "" : "s"} name both` : "";
  return `${String(rank).padStart(3)}. ${s.reason} (score ${s.score.toFixed(2)})\n     $ ${s.command}\n${sides.join("\n")}${shared}`;
}
