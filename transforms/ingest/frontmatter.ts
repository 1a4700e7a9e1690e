import { parseDocument } from "yaml";
import { z } from "zod";

/** A name or label printed on the page as text (templates escape it): one line, short. */
function name(max: number) {
  return z
    .string()
    .trim()
    .min(1, "must not be empty")
    .max(max, `must be at most ${max} characters`)
    .refine((v) => !/[\n\r]/u.test(v), "must be one line");
}

// Only these keys are read. Anything else (`permalink`, `eleventyComputed`, `layout`…) is ignored with
// a warning: Eleventy never sees an article's front matter, but an editor should know it did nothing.
const FIELDS = {
  title: z.string().trim().min(1).max(300),
  date: z.union([z.string(), z.date()]),
  source: z.string().trim().min(1).max(300),
  // Only web links: the URL becomes a link on the page, so `javascript:` and the like are refused.
  url: z
    .string()
    .url()
    .max(2000)
    .refine((u) => /^https?:\/\//i.test(u), "must be an http(s) URL"),
  slug: z
    .string()
    .max(100)
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase words joined by hyphens"),
  // A byline: one name or a list of them, each a person's name as it should be printed.
  author: z.union([name(120).transform((n) => [n]), z.array(name(120)).min(1, "must name at least one author").max(10, "must name at most 10 authors")], {
    error: "must be a name or a list of names",
  }),
  section: name(80),
  tags: z.union([name(40).transform((t) => [t]), z.array(name(40)).max(20, "must have at most 20 tags")], { error: "must be a label or a list of labels" }),
  // A file beside the article in content/raw/ (or under content/raw/images/); never outside it.
  image: z
    .string()
    .trim()
    .max(300)
    .regex(/\.(?:png|jpe?g|webp|avif|gif|tiff?)$/iu, "must be a PNG, JPEG, WebP, AVIF, GIF or TIFF file")
    .refine((p) => !p.startsWith("/") && !p.split(/[\\/]/u).includes(".."), "must be a file name in content/raw/ or content/raw/images/"),
  image_alt: z.string().trim().min(1).max(300),
  updated: z.union([z.string(), z.date()]),
  correction: z.string().trim().min(1).max(500),
} as const;

export type FrontMatter = { [K in keyof typeof FIELDS]?: z.infer<(typeof FIELDS)[K]> };

export interface FrontMatterSplit {
  data: FrontMatter;
  /** Offset in the text where the body starts (just after the closing fence's line). */
  bodyStart: number;
  /** What was ignored, in words for the editor. Bad front matter never stops an article. */
  warnings: string[];
}

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;
const KNOWN = Object.keys(FIELDS).join(", ");

function isField(key: string): key is keyof typeof FIELDS {
  return Object.hasOwn(FIELDS, key);
}

/**
 * Splits optional YAML front matter off the top of a raw article. Policy: bad front matter is
 * ignored with a warning, never fatal. Malformed YAML drops the whole block; an unknown key or an
 * invalid value drops that key. The block itself is never published as text.
 */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const open = OPEN.exec(text);
  if (!open) return { data: {}, bodyStart: 0, warnings: [] };
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) return { data: {}, bodyStart: 0, warnings: ["starts with '---' but has no closing '---' line, so it has no front matter; the lines are read as article text"] };
  const bodyStart = open[0].length + close.index + close[0].length;
  const yamlText = rest.slice(0, close.index);
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0]!;
    // Counted in the file, whose YAML starts on line 2, after the opening fence.
    const line = 2 + (yamlText.slice(0, error.pos[0]).match(/\n/gu)?.length ?? 0);
    const where = ` at line ${line}`;
    return { data: {}, bodyStart, warnings: [`front matter is not valid YAML${where} (${error.message.split("\n")[0]!}); ignored it`] };
  }
  let raw: unknown;
  try {
    // Aliases can expand exponentially ("billion laughs"); a news article's front matter needs none.
    raw = doc.toJS({ maxAliasCount: 0 });
  } catch (err) {
    return { data: {}, bodyStart, warnings: [`front matter could not be read (${err instanceof Error ? err.message : String(err)}); ignored it`] };
  }
  if (raw === null || raw === undefined) return { data: {}, bodyStart, warnings: [] };
  if (typeof raw !== "object" || Array.isArray(raw)) return { data: {}, bodyStart, warnings: [`front matter must be 'key: value' lines (${KNOWN}); ignored it`] };

  const data: Record<string, unknown> = {};
  const warnings: string[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (!isField(key)) {
      warnings.push(`front matter key '${key.slice(0, 40)}' is not one Dossier reads (${KNOWN}); ignored it`);
      continue;
    }
    const parsed = FIELDS[key].safeParse(value);
    if (parsed.success) data[key] = parsed.data;
    else warnings.push(`front matter '${key}': ${parsed.error.issues[0]!.message}; ignored it`);
  }
  return { data: data as FrontMatter, bodyStart, warnings };
}
