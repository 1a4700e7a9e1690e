import { compareEnglish } from "../text/collate.js";
import type { ArticleAnalysis, Article, Candidate, Entity, EntityCount, EntityId, Mention } from "../model.js";
import type { Recogniser } from "../ner/index.js";
import { proseRanges, RangeIndex } from "../text/ranges.js";
import { matchRegistry, type RegistryIndex } from "./match-registry.js";
import { linkDocument } from "./link-document.js";
import { roleBefore } from "./roles.js";

export interface MentionSources {
  /** The editors' registry: its matches are final and win every overlap. */
  registry: RegistryIndex;
  /** The automatic recogniser, for everything the registry does not know. Optional. */
  recogniser?: Recogniser;
}

/**
 * An organisation named after a place ("Doha Forum", "New York Times", "Qatar Airways") is one
 * mention, not a place plus leftovers, so the recogniser's longer organisation span wins there.
 */
function organisationOverPlaces(c: Candidate, registry: RangeIndex<Mention>): boolean {
  const inside = registry.overlapping(c);
  return c.type === "organization" && inside.length > 0 && inside.every((m) => m.type === "place" && m.start >= c.start && m.end <= c.end && m.end - m.start < c.end - c.start);
}

/**
 * Recogniser output that cannot be a name however it was tagged: brackets or other markup inside,
 * or an interview transcript's speaker label at the start of a line ("WN: How did…", "((WN)) How did…"):
 * labels are layout, and counting them would rank the interviewer above everyone in the news.
 */
function plausible(text: string, c: Candidate): boolean {
  if (/[[\]{}()<>|"“”]/u.test(c.text)) return false;
  // Only blanks and "(" may sit between the line start and a label, so scan back over just those:
  // searching for the line start itself is quadratic on a megabyte-long single line.
  let from = c.start;
  while (from > 0 && /[^\S\n]|\(/u.test(text[from - 1]!)) from--;
  if (from > 0 && text[from - 1] !== "\n") return true;
  const before = text.slice(from, c.start).trim();
  const after = text.slice(c.end, c.end + 3);
  return !((before === "" && /^\s*:/u.test(after)) || (before === "((" && after.startsWith("))")));
}

// Laws, treaties and other documents are named like organisations but are none of the three kinds.
const DOCUMENT_HEAD = /\s(?:Act|Acts|Treaty|Bill|Amendment|Accords?|Protocol|Doctrine|Directive)$/u;
const DEFINED_DOCUMENT = /((?:\p{Lu}[\p{L}'’-]*\s+){0,7}(?:Act|Treaty|Bill|Amendment|Accords?|Protocol|Doctrine|Directive))\s*\(\s*(\p{Lu}[\p{Lu}\p{N}]{1,7})\s*\)/gu;

/** Names of documents in the article, with the acronyms it defines for them ("… Copyright Act (DMCA)"). */
// What every DEFINED_DOCUMENT match contains; a plain scan for it rules out most articles cheaply.
const DOCUMENT_BEFORE_BRACKET = /(?:Act|Treaty|Bill|Amendment|Accord|Protocol|Doctrine|Directive)s?\s*\(/;

function documentNames(text: string): Set<string> {
  const out = new Set<string>();
  if (!DOCUMENT_BEFORE_BRACKET.test(text)) return out;
  for (const m of text.matchAll(DEFINED_DOCUMENT)) out.add(m[2]!);
  return out;
}

/** A person mention with the description written before it, if any; other mentions unchanged. */
function withRole<T extends Candidate | Mention>(text: string, m: T): T {
  if (m.type !== "person") return m;
  const role = roleBefore(text, m);
  return role ? { ...m, role } : m;
}

/** The per-article stage: registry mentions, then the recogniser's, grouped within the article. */
export function analyseArticle(article: Article, sources: MentionSources): ArticleAnalysis {
  const ranges = proseRanges(article.blocks, article.titleRange);
  let mentions = matchRegistry(sources.registry, article.text, ranges).map((m) => withRole(article.text, m));
  if (!sources.recogniser) return { article, mentions, locals: [] };

  const prose = new RangeIndex(ranges);
  const documents = documentNames(article.text);
  const found: Candidate[] = sources.recogniser
    .recognise(article.text)
    .filter((c) => prose.containsWhole(c) && plausible(article.text, c) && !DOCUMENT_HEAD.test(c.text) && !documents.has(c.text));
  const registryIndex = new RangeIndex(mentions);
  const replaced = new RangeIndex(found.filter((c) => organisationOverPlaces(c, registryIndex)));
  mentions = mentions.filter((m) => !replaced.overlapsAny(m));
  const kept = new RangeIndex(mentions);
  const candidates = found.filter((c) => !kept.overlapsAny(c)).map((c) => withRole(article.text, c));
  return { article, mentions, locals: linkDocument(article.text, candidates, ranges, mentions) };
}

/** The entities one article mentions, most mentioned first, then by name. */
export function entityCounts(mentions: readonly Mention[], entities: ReadonlyMap<EntityId, Entity>): EntityCount[] {
  const counts = new Map<EntityId, number>();
  for (const m of mentions) counts.set(m.entityId, (counts.get(m.entityId) ?? 0) + 1);
  const out: EntityCount[] = [];
  for (const [id, count] of counts) {
    const e = entities.get(id);
    if (e) out.push({ id, name: e.name, type: e.type, count });
  }
  return out.sort((a, b) => b.count - a.count || compareEnglish(a.name, b.name));
}
