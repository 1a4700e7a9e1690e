import { parseDocument } from "yaml";
import { z } from "zod";

const FrontMatter = z
  .object({
    title: z.string().trim().min(1).optional(),
    date: z.union([z.string(), z.date()]).optional(),
    source: z.string().trim().min(1).optional(),
    // Only web links: the URL becomes a link on the page, so `javascript:` and the like are refused.
    url: z
      .string()
      .url()
      .refine((u) => /^https?:\/\//i.test(u), "must be an http(s) URL")
      .optional(),
    slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be lowercase words joined by hyphens").optional(),
  })
  .strict();
export type FrontMatter = z.infer<typeof FrontMatter>;

export interface FrontMatterSplit {
  data: FrontMatter;
  /** Offset in the text where the body starts (just after the closing fence's line). */
  bodyStart: number;
}

const OPEN = /^---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

/** Splits optional YAML front matter off the top of a raw article and validates its keys. */
export function splitFrontMatter(text: string): FrontMatterSplit {
  const open = OPEN.exec(text);
  if (!open) return { data: {}, bodyStart: 0 };
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) throw new Error("front matter starts with '---' but has no closing '---' line");
  const yamlText = rest.slice(0, close.index);
  const doc = parseDocument(yamlText, { prettyErrors: true });
  if (doc.errors.length > 0) {
    const first = doc.errors[0]!;
    throw new Error(`front matter is not valid YAML: ${first.message.split("\n")[0]}`);
  }
  const raw: unknown = doc.toJS() ?? {};
  const parsed = FrontMatter.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = issue.path.length ? `'${issue.path.join(".")}'` : "front matter";
    throw new Error(`front matter ${where}: ${issue.message}`);
  }
  return { data: parsed.data, bodyStart: open[0].length + close.index + close[0].length };
}
