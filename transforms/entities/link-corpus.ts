import slugify from "@sindresorhus/slugify";
import { entityId, type AnnotatedArticle, type ArticleAnalysis, type Entity, type EntityId, type EntityType, type LocalEntity, type Mention } from "../model.js";
import { canonicalKey, countryFor } from "./keys.js";
import { surnameForms } from "./match-registry.js";
import { tokenize } from "./normalise.js";
import { acronymsIn, corporateBase, hasCorporateSuffix, isAcronym, withFullName } from "./identity.js";
import { nicknameMerges, type AutoGroup } from "./link-people.js";
import { isJunkName, surnameAlone } from "./junk.js";

/**
 * The evidence an automatically found entity needs before it gets a page: a name of two or more
 * words, or at least two mentions (in one article or across several). A single capitalised word seen
 * once stays unlinked on the site (it is still reported by `annotate --json`). A person additionally
 * needs to be named in full somewhere: news introduces people by full name, so a one-word "person"
 * that no article ever names in full is far more often a mis-tagged word than a mononym.
 */
export function hasEvidence(name: string, mentions: number, type: EntityType = "organization"): boolean {
  const words = tokenize(name).length;
  return type === "person" ? words >= 2 : words >= 2 || mentions >= 2;
}

/**
 * The owner of a shared surname when one of them clearly dominates the corpus (named in full in at
 * least three times as many articles as any other); otherwise none, as two people are not merged
 * without evidence.
 */
function dominant<T>(owners: readonly T[], weight: (t: T) => number): T | undefined {
  if (owners.length === 1) return owners[0];
  const ranked = owners.map((o) => ({ o, w: weight(o) })).sort((a, b) => b.w - a.w);
  return ranked[0]!.w >= 3 * ranked[1]!.w && ranked[0]!.w >= 3 ? ranked[0]!.o : undefined;
}

// Words that complete a place's name without making it another place ("Gaza Strip" = "Gaza").
const PLACE_SUFFIXES = new Set(["city", "strip", "province", "governorate", "district", "county", "region", "municipality", "prefecture", "oblast", "territory"]);

/**
 * The key a name should be filed under when the corpus also has a shorter spelling of the same thing:
 * "Jared Corey Kushner" → "Jared Kushner" (first and last name agree), "Gaza Strip" → "Gaza".
 */
function shortestVariant(local: LocalEntity, keys: ReadonlySet<string>): string {
  const key = canonicalKey(local.name);
  const words = key.split(" ");
  if (local.type === "person" && words.length >= 3) {
    const short = `${words[0]} ${words[words.length - 1]}`;
    if (keys.has(short)) return short;
  }
  if (local.type === "place" && words.length >= 2 && PLACE_SUFFIXES.has(words[words.length - 1]!)) {
    const short = words.slice(0, -1).join(" ");
    if (keys.has(short)) return short;
  }
  return key;
}

type Target = { kind: "registry"; id: EntityId } | { kind: "auto"; key: string };

/** The corpus key of a local: its shortest variant, without corporate suffixes, or the name its acronym stands for. */
function identityKey(local: LocalEntity, keys: ReadonlySet<string>, acronyms: ReadonlyMap<string, string>): string {
  if (local.type === "person") return shortestVariant(local, keys);
  const owner = isAcronym(local.name) ? acronyms.get(canonicalKey(local.name)) : undefined;
  return owner ?? corporateBase(shortestVariant(local, keys));
}

/**
 * Acronym → key of the name it stands for: the article's own pairs first, then pairs seen in any
 * article when every article that pairs the acronym pairs it with the same name.
 */
function acronymKeys(localsOf: readonly LocalEntity[][]): { global: Map<string, string>; perDoc: Map<string, string>[] } {
  const seen = new Map<string, Set<string>>();
  const perDoc = localsOf.map((locals) => {
    const own = new Map<string, string>();
    for (const [acronym, name] of acronymsIn(locals)) {
      const key = corporateBase(canonicalKey(name));
      own.set(acronym, key);
      const set = seen.get(acronym) ?? new Set<string>();
      set.add(key);
      seen.set(acronym, set);
    }
    return own;
  });
  const global = new Map([...seen].filter(([, set]) => set.size === 1).map(([a, set]) => [a, [...set][0]!]));
  return { global, perDoc };
}

const TYPE_WORD: Record<EntityType, string> = { person: "Person", organization: "Organisation", place: "Place" };

function registryKeyIndex(registry: readonly Entity[]): Map<string, Entity[]> {
  const index = new Map<string, Entity[]>();
  for (const e of registry) {
    for (const form of [e.name, ...e.aliases, ...e.demonyms]) {
      const k = canonicalKey(form);
      const list = index.get(k) ?? [];
      if (!list.includes(e)) list.push(e);
      index.set(k, list);
    }
  }
  return index;
}

function pickRegistry(local: LocalEntity, index: Map<string, Entity[]>): Entity | undefined {
  for (const form of local.forms) {
    const hits = index.get(canonicalKey(form));
    if (!hits) continue;
    if (hits.length === 1) return hits[0];
    const sameType = hits.filter((h) => h.type === local.type);
    if (sameType.length === 1) return sameType[0];
  }
  return undefined;
}

/**
 * Ties every article's automatic mentions to corpus-wide entities: registry entries win; the same
 * name (up to case, accents, hyphens and "al-") is one entity everywhere; a surname-only person joins
 * the one full name in the corpus that carries that surname, and stays apart when two people share it.
 */
export function linkCorpus(analyses: readonly ArticleAnalysis[], registry: readonly Entity[]): { annotated: AnnotatedArticle[]; entities: Entity[] } {
  const regIndex = registryKeyIndex(registry);
  const assigned = analyses.map((a) => new Map<LocalEntity, Target>());
  const groups = new Map<string, AutoGroup>();
  const deferred: { doc: number; local: LocalEntity }[] = [];
  const join = (key: string, doc: number, local: LocalEntity) => {
    const g = groups.get(key) ?? { key, members: [] };
    g.members.push({ doc, local });
    groups.set(key, g);
    assigned[doc]!.set(local, { kind: "auto", key });
  };

  // Locals as linked: country spellings and short forms normalised. The input analyses are left untouched (they are cached).
  const normalised: LocalEntity[][] = analyses.map((a) =>
    a.locals.map((found) => {
      // Every spelling of a country is one place ("US", "U.S.", "United States").
      const country = found.type !== "person" ? countryFor(found.name) : undefined;
      return country && country !== found.name ? { ...found, name: country, type: "place" as const, forms: [country, ...found.forms] } : withFullName(found);
    }),
  );
  // A one-word name mis-typed as a place or organisation that is the surname of exactly one person
  // named in full in the corpus is that person ("Henman" after "Tim Henman").
  const localsOf = surnameAlone(normalised);
  const keys = new Set(localsOf.flatMap((ls) => ls.map((l) => canonicalKey(l.name))));
  const acronyms = acronymKeys(localsOf);
  localsOf.forEach((locals, doc) => {
    const docAcronyms = new Map([...acronyms.global, ...acronyms.perDoc[doc]!]);
    for (const local of locals) {
      const reg = pickRegistry(local, regIndex);
      if (reg) assigned[doc]!.set(local, { kind: "registry", id: reg.id });
      else if (local.surnameOnly) deferred.push({ doc, local });
      else join(identityKey(local, keys, docAcronyms), doc, local);
    }
  });
  // "Rafa Benitez" and "Rafael Benitez" in articles about the same things are one person.
  for (const [from, into] of nicknameMerges(groups)) {
    const source = groups.get(from)!;
    groups.get(into)!.members.push(...source.members);
    for (const m of source.members) assigned[m.doc]!.set(m.local, { kind: "auto", key: into });
    groups.delete(from);
  }

  // Surname → the people (registry or automatic) whose full name ends with it.
  const surnames = new Map<string, Target[]>();
  const addSurname = (name: string, target: Target) => {
    for (const form of surnameForms(name)) {
      const k = canonicalKey(form);
      const list = surnames.get(k) ?? [];
      if (!list.some((t) => JSON.stringify(t) === JSON.stringify(target))) list.push(target);
      surnames.set(k, list);
    }
  };
  for (const e of registry) if (e.type === "person") addSurname(e.name, { kind: "registry", id: e.id });
  for (const g of groups.values()) {
    const person = g.members.filter((m) => m.local.type === "person");
    if (person.length > 0 && tokenize(g.key).length > 1) addSurname(person[0]!.local.name, { kind: "auto", key: g.key });
  }
  // How often each candidate owner is named in full: "Biden" alone means the Biden the corpus is about.
  // Counted once, not per surname: a scan of every article per lookup grew with corpus × surnames.
  const registryArticles = new Map<string, number>();
  for (const a of analyses) for (const id of new Set(a.mentions.map((m) => m.entityId))) registryArticles.set(id, (registryArticles.get(id) ?? 0) + 1);
  const weight = (t: Target) => (t.kind === "auto" ? new Set(groups.get(t.key)!.members.map((m) => m.doc)).size : (registryArticles.get(t.id) ?? 0));
  for (const { doc, local } of deferred) {
    const owners = surnames.get(canonicalKey(local.name));
    const owner = owners ? dominant(owners, weight) : undefined;
    if (owner?.kind === "registry") assigned[doc]!.set(local, owner);
    else if (owner?.kind === "auto") join(owner.key, doc, local);
    else join(canonicalKey(local.name), doc, local);
  }

  const taken = new Set(registry.map((e) => e.id));
  const autoIds = new Map<string, EntityId>();
  const autos: Entity[] = [];
  for (const g of [...groups.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
    const votes = new Map<string, number>();
    const types = new Map<EntityType, number>();
    let mentions = 0;
    for (const { local } of g.members) {
      // Fuller forms win ties ("Gaza Strip" over "Gaza"); a bare surname never names the entity.
      // A legal suffix makes no name fuller: the page is "General Motors", not "General Motors Corp.".
      const words = tokenize(local.name).length - (hasCorporateSuffix(local.name) ? 1.2 : 0);
      const fullness = local.surnameOnly ? 0.5 : 1 + 0.5 * (words - 1);
      votes.set(local.name, (votes.get(local.name) ?? 0) + local.mentions.length * fullness);
      types.set(local.type, (types.get(local.type) ?? 0) + local.mentions.length);
      mentions += local.mentions.length;
    }
    const name = [...votes.entries()].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || a[0].localeCompare(b[0]))[0]![0];
    // A name with a corporate suffix anywhere in the corpus is a company, whatever single mentions were typed.
    const companyLike = g.members.some((m) => m.local.forms.some(hasCorporateSuffix));
    const type = companyLike ? "organization" : [...types.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
    const base = slugify(name) || "entity";
    let id = entityId(base);
    for (let n = 2; taken.has(id); n++) id = entityId(`${base}-${n}`);
    taken.add(id);
    autoIds.set(g.key, id);
    const aliases = [...new Set(g.members.flatMap((m) => m.local.forms))].filter((f) => f !== name).sort().slice(0, 12);
    autos.push({
      id,
      name,
      type,
      aliases,
      demonyms: [],
      // No count here: every briefing that links to the entity shows its description, so a count would
      // change all of their pages whenever one more briefing mentions it (the entity page has the count).
      description: `${TYPE_WORD[type]} found automatically in the briefings.`,
      wikidata: null,
      origin: "auto",
      published: hasEvidence(name, mentions, type) && !isJunkName(name, type),
    });
  }

  const regById = new Map(registry.map((e) => [e.id, e]));
  const autoByKey = new Map(autos.map((e) => [e.id, e]));
  const annotated = analyses.map((a, doc): AnnotatedArticle => {
    const extra: Mention[] = [];
    for (const local of localsOf[doc]!) {
      const t = assigned[doc]!.get(local)!;
      const entity = t.kind === "registry" ? regById.get(t.id)! : autoByKey.get(autoIds.get(t.key)!)!;
      for (const m of local.mentions) {
        const mention: Mention = { start: m.start, end: m.end, text: m.text, type: entity.type, entityId: entity.id, origin: "auto" };
        if (m.role && entity.type === "person") mention.role = m.role;
        extra.push(mention);
      }
    }
    return { article: a.article, mentions: [...a.mentions, ...extra].sort((x, y) => x.start - y.start) };
  });
  return { annotated, entities: [...registry, ...autos] };
}
