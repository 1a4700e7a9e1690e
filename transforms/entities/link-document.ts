import type { Candidate, EntityType, LocalEntity, Mention, Range } from "../model.js";
import { RangeIndex } from "../text/ranges.js";
import { tokenize } from "./normalise.js";
import { surnameForms } from "./match-registry.js";
import { canonicalKey } from "./keys.js";
import { sameGivenName } from "./nicknames.js";

const ACRONYM_AFTER = /^\s*\(\s*(\p{Lu}[\p{Lu}\p{N}&.-]{1,11})\s*\)/u;

interface Group {
  key: string;
  mentions: Candidate[];
}

function majorityType(mentions: readonly Candidate[]): EntityType {
  const votes = new Map<EntityType, number>();
  // Longer spans carry more context for the tagger, so they weigh more.
  for (const m of mentions) votes.set(m.type, (votes.get(m.type) ?? 0) + 1 + tokenize(m.text).length);
  return [...votes.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

function nameOf(m: Candidate): string {
  return m.demonymOf ?? m.text.replace(/\s+/gu, " ");
}

/**
 * Groups the recogniser's mentions within one article: identical names, an acronym defined in
 * parentheses ("Agence France-Presse (AFP)"), and a bare surname or titled surname ("Ansari",
 * "Mr Ansari") that only one full name in the article can own.
 */
export function linkDocument(text: string, candidates: readonly Candidate[], ranges: readonly Range[], taken: readonly Mention[] = []): LocalEntity[] {
  const cands = [...candidates];
  // Acronyms defined right after a name: every use of the acronym in the article joins that name.
  const acronyms = new Map<string, string>();
  const definitions: { acronym: string; type: Candidate["type"] }[] = [];
  for (const c of candidates) {
    const m = ACRONYM_AFTER.exec(text.slice(c.end, c.end + 20));
    if (!m || c.type === "person" || tokenize(c.text).length < 2) continue;
    if (!acronyms.has(m[1]!)) definitions.push({ acronym: m[1]!, type: c.type });
    acronyms.set(m[1]!, canonicalKey(nameOf(c)));
  }
  // Each acronym is looked for once; a hit is new only where no name is already found.
  const found = new RangeIndex<Range>([...candidates, ...taken]);
  const added: Range[] = [];
  for (const { acronym, type } of definitions) {
    // Hits of one acronym never overlap each other; those of an earlier one can ("AT&T", "T").
    const earlier = new RangeIndex(added);
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${acronym.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "gu");
    for (const r of ranges) {
      const slice = text.slice(r.start, r.end);
      for (const hit of slice.matchAll(re)) {
        const span = { start: r.start + hit.index, end: r.start + hit.index + acronym.length };
        if (found.overlapsAny(span) || earlier.overlapsAny(span)) continue;
        cands.push({ ...span, text: acronym, type });
        added.push(span);
      }
    }
  }

  const groups = new Map<string, Group>();
  for (const c of cands) {
    const own = canonicalKey(nameOf(c));
    const key = acronyms.get(c.text) ?? own;
    if (!key) continue;
    const g = groups.get(key) ?? { key, mentions: [] };
    g.mentions.push(c);
    groups.set(key, g);
  }

  // A one-word person joins the one multi-word person in the article whose surname it is.
  const people = [...groups.values()].filter((g) => majorityType(g.mentions) === "person" && tokenize(g.key).length > 1);
  const bySurname = new Map<string, Group[]>();
  for (const g of people) {
    const longest = g.mentions.reduce((a, b) => (nameOf(b).length > nameOf(a).length ? b : a));
    for (const form of surnameForms(nameOf(longest))) {
      const k = canonicalKey(form);
      const list = bySurname.get(k) ?? [];
      if (!list.includes(g)) list.push(g);
      bySurname.set(k, list);
    }
  }
  for (const g of [...groups.values()]) {
    if (tokenize(g.key).length !== 1 || majorityType(g.mentions) !== "person") continue;
    const owners = bySurname.get(g.key);
    // A given name alone ("Rafa" after "Rafael Benitez") names the one person in the article who has
    // it, unless it is also someone's surname here.
    const byGiven = owners ? [] : people.filter((p) => sameGivenName(p.key.split(" ")[0]!, g.key));
    const owner = owners?.length === 1 ? owners[0] : byGiven.length === 1 ? byGiven[0] : undefined;
    if (owner && owner !== g) {
      owner.mentions.push(...g.mentions.map((m) => ({ ...m, type: "person" as const })));
      groups.delete(g.key);
    }
  }

  const out: LocalEntity[] = [];
  for (const g of groups.values()) {
    g.mentions.sort((a, b) => a.start - b.start);
    const forms = [...new Set(g.mentions.map(nameOf))].sort((a, b) => b.length - a.length || a.localeCompare(b));
    const type = majorityType(g.mentions);
    const name = forms[0]!;
    out.push({ name, type, forms, mentions: g.mentions, surnameOnly: type === "person" && tokenize(name).length === 1 });
  }
  return out.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}
