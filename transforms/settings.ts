// A desk's site settings: content/site.yml, validated, with the environment's overrides for CI.
// Everything here is pure; config.ts reads the file and the environment once.
import slugify from "@sindresorhus/slugify";
import { parseDocument } from "yaml";
import { z } from "zod";

/** Where a desk keeps its settings, relative to the project. */
export const SETTINGS_FILE = "content/site.yml";

/** The two kinds of listing page a briefing's front matter makes: its authors' and its section's. */
export type ListingKind = "authors" | "sections";

/**
 * The page path of an author's or a section's listing. It lives here because a navigation entry
 * naming a section links to it; `slugify` gives "" for a name with nothing to spell in ASCII.
 */
export function listingPath(kind: ListingKind, name: string): string {
  return `/${kind}/${slugify(name) || kind.slice(0, -1)}/`;
}

/** The message for a value that is not text at all (a number, a list…). */
const TEXT = { error: "must be text" };

const text = (max: number) => z.string(TEXT).trim().min(1, "must not be empty").max(max, `must be at most ${max} characters`);

/** An http(s) origin, perhaps with a path; stored without trailing slashes, as links are joined to it. */
const siteUrl = z
  .string(TEXT)
  .trim()
  .refine((u) => /^https?:\/\/[^/\s]+/iu.test(u) && URL.canParse(u), "must be an absolute http(s) URL such as https://news.example.org")
  .transform((u) => u.replace(/\/+$/u, ""));

const pathPrefix = z
  .string(TEXT)
  .trim()
  .regex(/^\/?(?:[A-Za-z0-9._~-]+\/?)*$/u, "must be a path such as / or /briefing/")
  .transform((p) => `/${p.replace(/^\/+|\/+$/gu, "")}/`.replace(/^\/\/$/u, "/"));

/** A BCP 47 tag that Intl accepts, kept in its canonical spelling ("en-gb" → "en-GB"). */
const language = z
  .string(TEXT)
  .trim()
  .refine((tag) => {
    try {
      // Intl also takes 5–8 letter language subtags ("english"), which no real language uses.
      return /^[a-z]{2,3}(?:-|$)/iu.test(tag) && Intl.getCanonicalLocales(tag).length === 1;
    } catch {
      return false;
    }
  }, "must be a BCP 47 language tag such as en-GB, fr or pt-BR")
  .transform((tag) => Intl.getCanonicalLocales(tag)[0]!);

const link = z
  .string(TEXT)
  .trim()
  .max(2000)
  .refine((l) => /^\/(?!\/)/u.test(l) || /^https?:\/\//iu.test(l), "must be a site path starting with / or an http(s) URL");

const navItem = z.union([z.strictObject({ label: text(40), link }), z.strictObject({ section: text(80), label: text(40).optional() })], {
  error: "must be either 'label' and 'link', or 'section' (and perhaps 'label')",
});

/** The file's keys; every one optional, unknown keys refused (a misspelt key should not do nothing). */
export const SETTINGS_SCHEMA = z.strictObject({
  title: text(100).optional(),
  description: text(300).optional(),
  url: siteUrl.optional(),
  language: language.optional(),
  path_prefix: pathPrefix.optional(),
  navigation: z.array(navItem, { error: "must be a list of entries" }).max(12, "must have at most 12 entries").optional(),
  footer: text(300).optional(),
  logo: z
    .string(TEXT)
    .trim()
    .regex(/\.(?:png|jpe?g|webp|avif|gif|svg)$/iu, "must be a PNG, JPEG, WebP, AVIF, GIF or SVG file")
    .refine((p) => !p.split(/[\\/]/u).includes(".."), "must be a file inside content/")
    .optional(),
});

export type SettingsFile = z.infer<typeof SETTINGS_SCHEMA>;

export interface NavLink {
  label: string;
  href: string;
}

export interface SiteSettings {
  title: string;
  description: string;
  /** Canonical origin without a trailing slash, or "" when the site does not know where it lives. */
  url: string;
  /** `<html lang>`, JSON-LD `inLanguage` and the feeds' language. */
  lang: string;
  /** `og:locale`: language_TERRITORY. */
  locale: string;
  /** "/" or "/briefing/". */
  pathPrefix: string;
  /** Entries after the built-in ones (Briefings, Archive, Entities). */
  navigation: NavLink[];
  footer: string | null;
  /** The logo's path relative to content/, or null. */
  logo: string | null;
}

/** The logo as rendered for the masthead (transforms/build/images.ts). */
export interface Logo {
  src: string;
  srcset: string;
  width: number;
  height: number;
}

/** With no file and no environment, the site as Dossier has always published it. */
export const DEFAULT_SETTINGS: SiteSettings = {
  title: "Dossier",
  description: "Briefings with every person, organisation and place linked.",
  url: "",
  lang: "en",
  locale: "en_GB",
  pathPrefix: "/",
  navigation: [],
  footer: null,
  logo: null,
};

/**
 * `og:locale` for a language tag. A tag without a territory takes the likeliest one (CLDR's, through
 * Intl), except plain English, which stays British: the house style of the dates and spelling.
 */
export function ogLocale(tag: string): string {
  const locale = new Intl.Locale(tag);
  const region = locale.region ?? (locale.language === "en" ? "GB" : locale.maximize().region);
  return region ? `${locale.language}_${region}` : locale.language;
}

/** One bad value: the key, as written in the file or the environment, and what is wrong with it. */
export interface SettingsProblem {
  key: string;
  reason: string;
}

export type SettingsResult = { ok: true; settings: SiteSettings } | { ok: false; problems: SettingsProblem[] };

/** Environment variables that override the file, for CI and previews. */
const OVERRIDES = { SITE_URL: "url", PATH_PREFIX: "path_prefix", SITE_TITLE: "title", SITE_DESCRIPTION: "description" } as const;

function problemsOf(error: z.ZodError, name: (path: PropertyKey[]) => string): SettingsProblem[] {
  return error.issues.map((issue) => {
    if (issue.code === "unrecognized_keys") return { key: name([...issue.path, issue.keys[0]!]), reason: `is not a setting Dossier reads (${Object.keys(SETTINGS_SCHEMA.shape).join(", ")})` };
    return { key: name(issue.path), reason: issue.message };
  });
}

const keyName = (path: PropertyKey[]) => path.map((p, i) => (typeof p === "number" ? `[${p}]` : `${i ? "." : ""}${String(p)}`)).join("") || "(file)";

/**
 * Settings from the file's text (null when there is no file) and the environment. Non-empty
 * SITE_URL, PATH_PREFIX, SITE_TITLE and SITE_DESCRIPTION win over the file and are checked the same way.
 */
export function parseSettings(yamlText: string | null, env: Readonly<Record<string, string | undefined>> = {}): SettingsResult {
  let raw: unknown = {};
  if (yamlText !== null) {
    const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length > 0) {
      const error = doc.errors[0]!;
      const line = 1 + (yamlText.slice(0, error.pos[0]).match(/\n/gu)?.length ?? 0);
      return { ok: false, problems: [{ key: "(file)", reason: `is not valid YAML at line ${line} (${error.message.split("\n")[0]!})` }] };
    }
    raw = doc.toJS({ maxAliasCount: 0 }) ?? {};
    if (typeof raw !== "object" || Array.isArray(raw)) return { ok: false, problems: [{ key: "(file)", reason: "must be 'key: value' lines" }] };
  }
  const file = SETTINGS_SCHEMA.safeParse(raw);
  const problems = file.success ? [] : problemsOf(file.error, keyName);
  const overrides: Record<string, string> = {};
  for (const [variable, key] of Object.entries(OVERRIDES)) {
    const value = env[variable];
    if (value === undefined || value.trim() === "") continue;
    const parsed = SETTINGS_SCHEMA.shape[key].safeParse(value);
    if (parsed.success) overrides[key] = parsed.data as string;
    else problems.push({ key: variable, reason: parsed.error.issues[0]!.message });
  }
  if (!file.success || problems.length > 0) return { ok: false, problems };
  const s = { ...file.data, ...overrides } as SettingsFile;
  const lang = s.language ?? DEFAULT_SETTINGS.lang;
  return {
    ok: true,
    settings: {
      title: s.title ?? DEFAULT_SETTINGS.title,
      description: s.description ?? DEFAULT_SETTINGS.description,
      url: s.url ?? DEFAULT_SETTINGS.url,
      lang,
      locale: s.language ? ogLocale(lang) : DEFAULT_SETTINGS.locale,
      pathPrefix: s.path_prefix ?? DEFAULT_SETTINGS.pathPrefix,
      navigation: (s.navigation ?? []).map((n) => ("link" in n ? { label: n.label, href: n.link } : { label: n.label ?? n.section, href: listingPath("sections", n.section) })),
      footer: s.footer ?? null,
      logo: s.logo ?? null,
    },
  };
}

/** Each problem in words, naming the key (as written in the file) or the environment variable. */
export function describeProblems(problems: readonly SettingsProblem[]): string[] {
  return problems.map((p) => (/^[A-Z_]+$/u.test(p.key) ? `environment variable ${p.key} ${p.reason}` : p.key === "(file)" ? p.reason : `'${p.key}' ${p.reason}`));
}
