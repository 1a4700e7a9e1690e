/**
 * The one data model every stage shares. Stages are functions from one of these values to the next;
 * nothing here does I/O.
 */

declare const brand: unique symbol;
/**
 * A string that only certain code makes, told apart by the type checker: an entity id cannot be
 * passed where a slug is meant. Made by the constructors below, at the few places values are created
 * (an id from a name or the registry, a slug from a title, a digest from a hash); elsewhere they are
 * only passed on.
 */
export type Brand<T, B extends string> = T & { readonly [brand]: B };

/** An entity's id, its page's path segment: "qatar", "person/steve-witkoff". */
export type EntityId = Brand<string, "EntityId">;
/** An article's slug, unique in the corpus: its page's path segment. */
export type Slug = Brand<string, "Slug">;
/** A short content digest (transforms/digest.ts): cache keys, page digests. */
export type Digest = Brand<string, "Digest">;

export const entityId = (id: string): EntityId => id as EntityId;
export const slug = (s: string): Slug => s as Slug;
export const asDigest = (hex: string): Digest => hex as Digest;

export type EntityType = "person" | "organization" | "place";
export const ENTITY_TYPES: readonly EntityType[] = ["person", "organization", "place"];

/** Where an entity or mention came from: the editors' registry wins over the automatic recogniser. */
export type Origin = "registry" | "auto";

/** A half-open range of UTF-16 indices into `Article.text`. */
export interface Range {
  start: number;
  end: number;
}

export type Block =
  | ({ kind: "heading" } & Range)
  | ({ kind: "paragraph" } & Range)
  | { kind: "list"; items: Range[] };

export interface ArticleMeta {
  title: string;
  /** True when the title was made from the lede rather than written by a person. */
  titleDerived: boolean;
  /** ISO `YYYY-MM-DD`, or null when nothing in the file dates it. */
  date: string | null;
  /** The publication the article came from, when front matter names it. */
  source: string | null;
  url: string | null;
  /** Bylines, as front matter `author` gives them; empty when none. */
  authors: string[];
  section: string | null;
  tags: string[];
  /** The lead image named in front matter, with the alt text it needs to be shown. */
  image: ImageRef | null;
  /** ISO `YYYY-MM-DD` of the last change after publication, and the note saying what changed. */
  updated: string | null;
  correction: string | null;
}

export interface ImageRef {
  /** As front matter wrote it: a file name in content/raw/ or content/raw/images/. */
  file: string;
  alt: string;
  /** Its renditions, once the build has made them (transforms/build/images.ts). */
  lead?: LeadImage;
}

/** A lead image as a page shows it: root-relative URLs of its renditions, widest first in `og`. */
export interface LeadImage {
  alt: string;
  /** Intrinsic size of the widest rendition, for the page's width and height attributes. */
  width: number;
  height: number;
  /** The JPEG fallback and the srcsets: JPEG for `<img>`, AVIF and WebP as `<source>`s. */
  src: string;
  srcset: string;
  sizes: string;
  sources: { type: string; srcset: string }[];
  /** The social preview: the widest JPEG. */
  og: { url: string; width: number; height: number; type: string };
}

export interface Article extends ArticleMeta {
  /** The path the article was read from, as given. */
  file: string;
  slug: Slug;
  /** The file's text with a leading BOM removed; every offset in the model indexes this string. */
  text: string;
  /** The headline line when the title came from the text itself, so its mentions still count. */
  titleRange: Range | null;
  blocks: Block[];
}

export interface Mention extends Range {
  text: string;
  type: EntityType;
  entityId: EntityId;
  origin: Origin;
  /**
   * For a person, the description written right before the name and kept out of it ("Chancellor of
   * the Exchequer", "Sprinter"): what the text says the person is. Internal: `annotate --json` does
   * not print it.
   */
  role?: string;
}

export interface Entity {
  id: EntityId;
  name: string;
  type: EntityType;
  aliases: string[];
  /** Adjectives and nouns for a place's people ("Qatari" for Qatar): mentions of the place. */
  demonyms: string[];
  description: string;
  wikidata: string | null;
  origin: Origin;
  /**
   * Whether the entity gets a page. Registry entities always do; an automatic one needs evidence
   * (see transforms/entities/link-corpus.ts), so a one-off capitalised word never becomes a page.
   */
  published: boolean;
}

export interface AnnotatedArticle {
  article: Article;
  mentions: Mention[];
}

/** An entity as one article uses it. */
export interface EntityCount {
  id: EntityId;
  name: string;
  type: EntityType;
  count: number;
}

/** A mention the automatic recogniser found, before it is tied to an entity. */
export interface Candidate extends Range {
  text: string;
  type: EntityType;
  /** For a demonym ("Qatari"), the place it stands for. */
  demonymOf?: string;
  /** For a person, the description right before the name (see `Mention.role`). */
  role?: string;
}

/** The mentions within one article that name the same thing, as that article alone shows. */
export interface LocalEntity {
  name: string;
  type: EntityType;
  /** Distinct surface forms seen in the article, the name first. */
  forms: string[];
  mentions: Candidate[];
  /** True for a person known in this article only by one word ("Pelosi"). */
  surnameOnly: boolean;
}

/** One article after the per-article work: registry mentions settled, automatic ones grouped. */
export interface ArticleAnalysis {
  article: Article;
  mentions: Mention[];
  locals: LocalEntity[];
}

/** Every article with its mentions, newest first (undated last), slugs unique, and the entities they use. */
export interface Corpus {
  articles: AnnotatedArticle[];
  entities: Map<EntityId, Entity>;
}
