import type { Root } from "mdast";
import type { Root as HastRoot } from "hast";
import type { Plugin } from "unified";
import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkDirective from "remark-directive";
import remarkRehype from "remark-rehype";
import rehypeStringify from "rehype-stringify";
import { visit, SKIP } from "unist-util-visit";
import type { EntityType } from "../model.js";
import { ENTITY_DIRECTIVE } from "./markdown.js";

export interface EntityLink {
  name: string;
  type: EntityType;
  description: string;
  href: string;
}

export interface RenderOptions {
  /** Looks up an entity tag's id; an unknown id renders as plain text, never a broken link. */
  resolve: (id: string) => EntityLink | undefined;
}

/**
 * Turns `:entity[…]{#id}` tags into links: the first mention of each entity in the document is an
 * anchor to its page, later ones are marked spans. Any other directive is put back as the literal
 * text it was written as, so stray colons in prose never vanish.
 */
export const remarkEntityLinks: Plugin<[RenderOptions], Root> = (options) => (tree, file) => {
  const seen = new Set<string>();
  const source = String(file.value);
  visit(tree, (node, index, parent) => {
    if (node.type !== "textDirective" && node.type !== "leafDirective" && node.type !== "containerDirective") return;
    const id = node.attributes?.id ?? "";
    const entity = node.type === "textDirective" && node.name === ENTITY_DIRECTIVE ? options.resolve(id) : undefined;
    if (!entity) {
      if (parent && index !== undefined) {
        const start = node.position?.start.offset;
        const end = node.position?.end.offset;
        const value = start !== undefined && end !== undefined ? source.slice(start, end) : "";
        parent.children.splice(index, 1, { type: "text", value } as never);
      }
      return SKIP;
    }
    const first = !seen.has(id);
    seen.add(id);
    const className = ["entity", `entity--${entity.type}`, first ? "entity--first" : "entity--repeat"];
    node.data = first
      ? { hName: "a", hProperties: { href: entity.href, className, dataEntity: id, dataType: entity.type, dataName: entity.name, dataDescription: entity.description, title: `${entity.name} (${entity.type}): ${entity.description}` } }
      : { hName: "span", hProperties: { className, dataEntity: id } };
    return undefined;
  });
};

const TEXT_BLOCKS = new Set(["p", "li", "h1", "h2", "h3", "h4", "h5", "h6"]);

/**
 * `dir="auto"` on every block of text: an Arabic or Hebrew paragraph in an English briefing then
 * reads right to left, and punctuation at its ends lands on the right side.
 */
export const rehypeAutoDirection: Plugin<[], HastRoot> = () => (tree) => {
  visit(tree, "element", (node) => {
    if (TEXT_BLOCKS.has(node.tagName)) node.properties.dir = "auto";
  });
};

/** The unified renderer Eleventy uses for annotated markdown. Raw HTML in the text is never passed through. */
export function createRenderer(options: RenderOptions) {
  const processor = unified()
    .use(remarkParse)
    .use(remarkDirective)
    .use(remarkEntityLinks, options)
    .use(remarkRehype)
    .use(rehypeAutoDirection)
    .use(rehypeStringify);
  return async (markdown: string): Promise<string> => String(await processor.process(markdown));
}

/**
 * The same rendering from the mdast tree the markdown was written from, skipping the parse: the
 * build renders briefing bodies this way ahead of Eleventy, where parsing would be most of a
 * page's cost. Returns undefined when a tag names an entity `resolve` does not know, so that such a
 * body goes the parsing way, where the tag is kept as the literal text it was written as.
 */
export function createTreeRenderer(options: RenderOptions) {
  const processor = unified().use(remarkEntityLinks, options).use(remarkRehype).use(rehypeAutoDirection).use(rehypeStringify);
  return (tree: Root): string | undefined => {
    let known = true;
    visit(tree, "textDirective", (node) => {
      if (node.name !== ENTITY_DIRECTIVE || !options.resolve(node.attributes?.id ?? "")) known = false;
    });
    if (!known) return undefined;
    return processor.stringify(processor.runSync(structuredClone(tree)));
  };
}
