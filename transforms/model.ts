/**
 * The one data model every stage shares. Stages are functions from one of these values to the next;
 * nothing here does I/O.
 */

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
}

export interface Article extends ArticleMeta {
  /** The path the article was read from, as given. */
  file: string;
  slug: string;
  /** The file's text with a leading BOM removed; every offset in the model indexes this string. */
  text: string;
  /** The headline line when the title came from the text itself, so its mentions still count. */
  titleRange: Range | null;
  blocks: Block[];
}

export interface Mention extends Range {
  text: string;
  type: EntityType;
  entityId: string;
  origin: Origin;
  /**
   * For a person, the description written right before the name and kept out of it ("Chancellor of
   * the Exchequer", "Sprinter"): what the text says the person is. Internal: `annotate --json` does
   * not print it.
   */
  role?: string;
}

export interface Entity {
  id: string;
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
  id: string;
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
  entities: Map<string, Entity>;
}
