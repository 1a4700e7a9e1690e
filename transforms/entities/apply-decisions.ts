/**
 * Applies the desk's decisions to a linked corpus: runs after corpus linking, whatever the linker
 * decided, so a person's correction always has the last word. Pure.
 */
import { InputError } from "../errors.js";
import type { Corpus, Entity } from "../model.js";
import { entityId } from "../model.js";
import type { Decisions, MergeDecision } from "./decision-files.js";
import { canonicalKey } from "./keys.js";

export interface Moved {
  to: string | null;
  name: string;
}

export interface Applied {
  corpus: Corpus;
  /** Decisions that point at an id the corpus does not have: the build fails with these. */
  errors: InputError[];
  /** Decisions that no longer change anything (a merged entity no longer appears). */
  warnings: { file: string; reason: string }[];
  /** Each entity a decision removed, its name, and where its readers should go: an entity id, or null for search. */
  moved: Map<string, Moved>;
}

/** Where a merge chain ends: `a → b → c` sends `a` to `c`; null for a cycle (checkDecisions reports it). */
function finalTarget(id: string, into: ReadonlyMap<string, MergeDecision>): string | null {
  const seen = new Set<string>();
  let at = id;
  while (into.has(at)) {
    if (seen.has(at)) return null;
    seen.add(at);
    at = into.get(at)!.into;
  }
  return at;
}

/** The automatic entities a merge names: its id, or (after relinking shifted ids) one of its names. */
function sources(m: MergeDecision, entities: ReadonlyMap<string, Entity>, targets: ReadonlySet<string>): Entity[] {
  const own = entities.get(m.from);
  if (own) return [own];
  const keys = new Set(m.names.map(canonicalKey));
  return [...entities.values()].filter((e) => e.origin === "auto" && !targets.has(e.id) && keys.has(canonicalKey(e.name)));
}

export function applyDecisions(corpus: Corpus, decisions: Decisions): Applied {
  const errors: InputError[] = [];
  const warnings: Applied["warnings"] = [];
  const moved = new Map<string, Moved>();
  const entities = new Map(corpus.entities);
  const into = new Map(decisions.merges.map((m) => [m.from, m]));
  const targets = new Set(decisions.merges.map((m) => m.into));

  // Rejections first: a rejected name is no entity anywhere, whichever entity the linker tied it to.
  const rejectedIds = new Set<string>();
  const rejectedKeys = new Set<string>();
  for (const r of decisions.rejections) {
    for (const n of r.names) rejectedKeys.add(canonicalKey(n));
    if (!r.id) continue;
    if (entities.has(entityId(r.id))) rejectedIds.add(r.id);
    else if (!into.has(r.id)) warnings.push({ file: r.file, reason: `rejects '${r.id}', which no longer appears; its names stay rejected` });
  }

  // Merges: every source's mentions go to the end of its chain, which keeps the source's names.
  const redirect = new Map<string, string>();
  for (const m of decisions.merges) {
    const to = finalTarget(m.from, into);
    if (to === null) continue;
    const target = entities.get(entityId(to));
    if (!target) {
      errors.push(new InputError(m.file, `merges '${m.from}' into '${to}', an id that no longer exists`));
      continue;
    }
    const found = sources(m, entities, targets).filter((e) => e.id !== to);
    if (found.length === 0) warnings.push({ file: m.file, reason: `merges '${m.from}' into '${m.into}', but '${m.from}' no longer appears` });
    for (const e of found) redirect.set(e.id, to);
  }
  for (const [from, to] of redirect) {
    const source = entities.get(entityId(from))!;
    const target = entities.get(entityId(to))!;
    const aliases = [...new Set([...target.aliases, source.name, ...source.aliases])].filter((a) => a !== target.name && !rejectedKeys.has(canonicalKey(a)));
    entities.set(entityId(to), { ...target, aliases, published: target.published || source.published });
    entities.delete(entityId(from));
    moved.set(from, { to, name: source.name });
  }
  for (const id of rejectedIds) {
    moved.set(id, { to: null, name: entities.get(entityId(id))!.name });
    entities.delete(entityId(id));
  }

  const articles = corpus.articles.map((a) => {
    const mentions = a.mentions.flatMap((m) => {
      if (rejectedIds.has(m.entityId) || rejectedKeys.has(canonicalKey(m.text))) return [];
      const to = redirect.get(m.entityId);
      const target = entities.get(entityId(to ?? m.entityId));
      if (!target) return [];
      return to || target.type !== m.type ? [{ ...m, entityId: target.id, type: target.type }] : [m];
    });
    return mentions.length === a.mentions.length && mentions.every((m, i) => m === a.mentions[i]) ? a : { ...a, mentions };
  });

  // An automatic entity whose every mention was a rejected spelling is gone with them; a rejected
  // spelling is no entity's alias.
  const used = new Set(articles.flatMap((a) => a.mentions.map((m) => m.entityId)));
  for (const e of [...entities.values()]) {
    if (e.origin === "auto" && !used.has(e.id)) {
      entities.delete(e.id);
      moved.set(e.id, { to: null, name: e.name });
    } else if (e.aliases.some((n) => rejectedKeys.has(canonicalKey(n)))) {
      entities.set(e.id, { ...e, aliases: e.aliases.filter((n) => !rejectedKeys.has(canonicalKey(n))) });
    }
  }
  return { corpus: { articles, entities }, errors, warnings, moved };
}
