// The site data as the templates in layouts/ and content/pages/ read it (`dossier`, from the site
// store), as a zod schema. The integration build checks the store it wrote against it, so renaming,
// dropping or adding a field the templates see fails there, by name, rather than as a blank on a page.
import { z } from "zod";
import { ENTITY_TYPES } from "../model.js";
import type { EntityPage } from "../site/data.js";
import type { LoadedSite, StoredArticle } from "../build/site-store.js";

const type = z.enum(ENTITY_TYPES as [string, ...string[]]);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u);
const html = z.string();
const ref = { slug: z.string().min(1), title: z.string(), date: day.nullable() };
const count = z.strictObject({ id: z.string().min(1), name: z.string(), type, count: z.number().int().positive() });
const typed = <T extends z.ZodType>(item: T) => z.array(z.strictObject({ type, label: z.string(), entities: z.array(item) }));
const chart = z.strictObject({ svg: html.nullable(), summary: z.string() });
const card = { title: z.string(), path: z.string().startsWith("/"), published: day.nullable(), updated: day, summary: z.string(), tags: z.array(z.string()) };
const feed = z.strictObject({
  title: z.string(),
  subtitle: z.string(),
  path: z.string(),
  atomPath: z.string(),
  jsonPath: z.string().nullable(),
  updated: day,
  entries: z.array(z.strictObject({ ...card, contentHtml: html })),
});
const body = z.union([z.strictObject({ of: z.string(), html }), z.strictObject({ of: z.string(), file: z.string(), digest: z.string() })]);
const int = z.number().int();
const leadImage = z.strictObject({
  alt: z.string(),
  width: int.positive(),
  height: int.positive(),
  src: z.string(),
  srcset: z.string(),
  sizes: z.string(),
  sources: z.array(z.strictObject({ type: z.string(), srcset: z.string() })),
  og: z.strictObject({ url: z.string(), width: int.positive(), height: int.positive(), type: z.string() }),
});
/** A front matter image; `lead`, its renditions, only once the build has made them. */
const image = z.strictObject({ file: z.string(), alt: z.string(), lead: leadImage.optional() });
const role = z.strictObject({ text: z.string(), count: int.positive(), articles: z.array(z.string().min(1)), first: day.nullable(), last: day.nullable() });
const listing = z.strictObject({
  slug: z.string().min(1),
  name: z.string(),
  path: z.string().startsWith("/"),
  articles: z.array(z.strictObject({ ...ref, summary: z.string(), readingMinutes: int.positive(), image: leadImage.nullable() })),
  feed,
});

export const articlePageSchema = z.strictObject({
  ...ref,
  titleDerived: z.boolean(),
  source: z.string().nullable(),
  url: z.string().nullable(),
  summary: z.string(),
  words: z.number().int().nonnegative(),
  readingMinutes: z.number().int().positive(),
  authors: z.array(z.string()),
  section: z.string().nullable(),
  tags: z.array(z.string()),
  image: image.nullable(),
  updated: day.nullable(),
  correction: z.string().nullable(),
  byline: z.array(z.strictObject({ name: z.string(), path: z.string().startsWith("/") })),
  sectionPath: z.string().startsWith("/").nullable(),
  entities: z.array(count),
  groups: z.array(z.strictObject({ type, entities: z.array(count) })),
  related: z.array(z.strictObject({ ...ref, shared: z.array(z.string()), reason: z.string() })),
  prev: z.strictObject(ref).nullable(),
  next: z.strictObject(ref).nullable(),
  year: z.string().nullable(),
  /** The body's HTML, rendered ahead of Eleventy (absent when the page renders its markdown). */
  body: body.optional(),
});

export const entityPageSchema = z.strictObject({
  id: z.string().min(1),
  name: z.string(),
  type,
  aliases: z.array(z.string()),
  demonyms: z.array(z.string()),
  description: z.string(),
  wikidata: z.string().nullable(),
  origin: z.enum(["registry", "auto"]),
  published: z.literal(true),
  mentions: z.number().int().nonnegative(),
  roles: z.array(role),
  quotes: z.array(z.strictObject({ text: z.string(), article: z.string().min(1), title: z.string(), date: day.nullable() })),
  firstSeen: z.strictObject(ref).nullable(),
  lastSeen: z.strictObject(ref).nullable(),
  articles: z.array(z.strictObject({ ...ref, count: z.number().int().positive(), contexts: z.array(z.array(z.strictObject({ text: z.string(), mark: z.boolean() }))), moreContexts: z.number().int().nonnegative() })),
  coMentions: z.array(count.extend({ articles: z.number().int().positive() })),
  timeline: z.array(z.strictObject({ date: day, count: z.number().int().positive() })),
  typeLabel: z.string(),
  wikidataUrl: z.string().nullable(),
  timelineChart: chart,
  graph: chart,
  feed,
  quotedArticles: z.number().int().positive(),
  quoteGroups: z.array(z.strictObject({ ...ref, quotes: z.array(z.string()), more: int.nonnegative() })),
  rolesOverTime: z.array(role),
  roleLinks: z.array(z.strictObject({ text: z.string(), count: int.positive(), briefings: z.array(z.strictObject({ slug: z.string().min(1), title: z.string() })), more: int.nonnegative() })),
});

const indexEntry = z.strictObject({ id: z.string(), name: z.string(), count: z.number().int(), articles: z.number().int() });
const archiveItem = z.strictObject({ slug: z.string(), title: z.string(), date: day.nullable(), titleDerived: z.boolean(), readingMinutes: z.number().int() });

/** `dossier`, as every template reads it: the site data with `entityPages`, the entities this render pages over. */
export const siteDataSchema = z.strictObject({
  site: z.strictObject({
    title: z.string().min(1),
    description: z.string(),
    url: z.string(),
    lang: z.string().min(1),
    locale: z.string().min(1),
    pathPrefix: z.string().startsWith("/").endsWith("/"),
    navigation: z.array(z.strictObject({ label: z.string(), href: z.string() })),
    footer: z.string().nullable(),
    logo: z.strictObject({ src: z.string(), srcset: z.string(), width: int.positive(), height: int.positive() }).nullable(),
  }),
  articles: z.array(articlePageSchema),
  articleIndex: z.record(z.string(), z.number().int().nonnegative()),
  entities: z.array(entityPageSchema),
  entityPages: z.array(entityPageSchema),
  index: z.array(z.strictObject({ type, label: z.string(), entities: z.array(indexEntry), letters: z.array(z.strictObject({ letter: z.string(), id: z.string(), items: z.array(indexEntry) })) })),
  home: z.strictObject({
    latest: z.array(articlePageSchema),
    top: typed(indexEntry.extend({ score: z.number() })),
    fresh: z.array(z.strictObject({ id: z.string().min(1), name: z.string(), type, firstSeen: day, articles: int.positive() })),
  }),
  archive: z.strictObject({
    months: z.array(z.strictObject({ key: z.string(), label: z.string(), articles: z.array(archiveItem) })),
    years: z.array(z.strictObject({ year: z.string(), months: z.array(z.strictObject({ key: z.string(), label: z.string(), count: z.number().int() })) })),
    undated: z.array(archiveItem),
  }),
  feeds: z.strictObject({ site: feed }),
  authors: z.array(listing),
  sections: z.array(listing),
  feedCards: z.record(z.string(), z.strictObject(card)),
  links: z.record(z.string(), z.strictObject({ name: z.string(), type, description: z.string() })),
  typeLabels: z.record(type, z.strictObject({ one: z.string(), many: z.string() })),
  redirects: z.array(z.strictObject({ id: z.string().min(1), to: z.string().startsWith("/"), name: z.string() })),
});

type SameKeys<A, B> = [Exclude<keyof A, keyof B> | Exclude<keyof B, keyof A>] extends [never] ? true : false;
/** The type fits the schema and the two name the same fields (brands aside: an id is a string to the schema). */
type Describes<S extends z.ZodType, T> = [T] extends [z.output<S>] ? SameKeys<T, z.output<S>> : false;

/**
 * Checked by the type checker: each schema names exactly the fields of the type the build makes, so a
 * field added to a view without its line here fails `npm run typecheck`, not only the integration build.
 */
/** Only published entities get pages, which the schema holds to and `Entity.published` cannot say. */
type PagedEntity = EntityPage & { published: true };
type SchemaDescribesSiteData = [
  Describes<typeof articlePageSchema, StoredArticle>,
  Describes<typeof entityPageSchema, PagedEntity>,
  Describes<typeof siteDataSchema, Omit<LoadedSite, "entities" | "entityPages"> & { entities: PagedEntity[]; entityPages: PagedEntity[] }>,
] extends [true, true, true]
  ? true
  : never;
true satisfies SchemaDescribesSiteData;
