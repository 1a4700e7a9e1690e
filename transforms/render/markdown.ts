import type { Root, RootContent, PhrasingContent, Paragraph, Text } from "mdast";
import type { Handle } from "mdast-util-to-markdown";
import type { TextDirective } from "mdast-util-directive";
import { unified } from "unified";
import remarkStringify from "remark-stringify";
import remarkDirective from "remark-directive";
import type { AnnotatedArticle, Mention, Range } from "../model.js";
import type { ArticleView } from "../corpus/views.js";
import { within } from "../text/ranges.js";

/** The inline tag for a mention: `:entity[Qatar]{#qatar}`; the renderer turns it into a link. */
export const ENTITY_DIRECTIVE = "entity";

/** `mentions` must be ordered by start. */
function phrasing(text: string, range: Range, mentions: readonly Mention[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let at = range.start;
  const plain = (s: string) => {
    // Line breaks inside a paragraph are the source's wrapping, not meaning.
    const value = s.replace(/\s+/gu, " ");
    if (value) out.push({ type: "text", value });
  };
  for (const m of within(mentions, range)) {
    plain(text.slice(at, m.start));
    const tag: TextDirective = {
      type: "textDirective",
      name: ENTITY_DIRECTIVE,
      attributes: { id: m.entityId },
      children: [{ type: "text", value: m.text.replace(/\s+/gu, " ") }],
    };
    out.push(tag);
    at = m.end;
  }
  plain(text.slice(at, range.end));
  return out;
}

/** The article body as an mdast tree: headings, paragraphs and lists, with mentions as directives. */
export function toMdast({ article, mentions }: AnnotatedArticle): Root {
  const children: RootContent[] = [];
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const para = (r: Range): Paragraph => ({ type: "paragraph", children: phrasing(article.text, r, sorted) });
  for (const block of article.blocks) {
    if (block.kind === "heading") children.push({ type: "heading", depth: 2, children: phrasing(article.text, block, sorted) });
    else if (block.kind === "paragraph") children.push(para(block));
    else
      children.push({
        type: "list",
        ordered: false,
        spread: false,
        children: block.items.map((r) => ({ type: "listItem", spread: false, children: [para(r)] })),
      });
  }
  return { type: "root", children };
}

// Markdown punctuation that can start or end a construct anywhere in a line. Backslash-escaping
// ASCII punctuation is always allowed in CommonMark, so escaping some needlessly changes nothing.
const INLINE = /[\\`*_[\]<>&!#:{}|~]/gu;
// At the start of a line these make lists, breaks or underlines; escaped wherever a text node starts.
const LINE_START = /^(?:([-+=])|(\d+)([.)]))/u;

/**
 * Escapes a text node so that it parses back to the same characters. remark-stringify's own `safe`
 * tests some fifty context patterns per node and would be most of the build's markdown stage;
 * our text never holds line breaks or runs of spaces (`phrasing` squashes them), so a fixed rule set
 * suffices. A space at a line's edge would be dropped by the parser, so it becomes a reference.
 */
export const escapeText: Handle = (node: Text, _parent, _state, info) => {
  let out = node.value.replace(INLINE, "\\$&").replace(LINE_START, (_m, mark?: string, digits?: string, end?: string) => (mark ? `\\${mark}` : `${digits}\\${end}`));
  if ((info.before === "\n" || info.before === "") && out.startsWith(" ")) out = `&#x20;${out.slice(1)}`;
  if ((info.after === "\n" || info.after === "") && out.endsWith(" ")) out = `${out.slice(0, -1)}&#x20;`;
  return out;
};

const stringifier = unified().use(remarkDirective).use(remarkStringify, { bullet: "-", rule: "-", handlers: { text: escapeText } });

/** Serialises through remark-stringify, which escapes anything in the source that looks like markup. */
export function bodyMarkdown(annotated: AnnotatedArticle): string {
  return stringifier.stringify(toMdast(annotated));
}

/**
 * Front matter keys are fixed and never ones Eleventy evaluates (no permalink, eleventyComputed…).
 * Each key is one line whose value is written as JSON, which is valid YAML: readable, safe to parse,
 * and an order of magnitude cheaper to produce than a general YAML stringifier on thousands of pages.
 * `body` may be passed in when a cache already holds it.
 */
export function markdownFile(annotated: AnnotatedArticle, view: ArticleView, body = bodyMarkdown(annotated)): string {
  const front: [string, unknown][] = [
    ["layout", "briefing.njk"],
    ["title", view.title],
    ["titleDerived", view.titleDerived],
    // Eleventy reads `date` for its own use; `published` keeps the plain day (or null) for display.
    ...(view.date ? ([["date", view.date]] as [string, unknown][]) : []),
    ["published", view.date],
    ["slug", view.slug],
    ["source", view.source],
    ["url", view.url],
    ["summary", view.summary],
    ["words", view.words],
    ["readingMinutes", view.readingMinutes],
    ["entities", view.entities],
    ["groups", view.groups],
    ["related", view.related],
    ["prev", view.prev],
    ["next", view.next],
  ];
  return `---\n${front.map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join("\n")}\n---\n\n${body}`;
}
