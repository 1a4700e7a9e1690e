// Property: whatever an article says, the markdown Dossier writes renders back to exactly that text,
// with no element the renderer did not mean to make. This is what keeps markup in articles inert.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument, DomUtils } from "htmlparser2";
import type { Element } from "domhandler";
import { ingestString } from "../transforms/ingest/index.js";
import { buildCorpus } from "../transforms/pipeline.js";
import { bodyMarkdown } from "../transforms/markdown.js";
import { createRenderer } from "../transforms/render.js";
import type { Entity } from "../transforms/model.js";

const registry: Entity[] = [
  { id: "qatar", name: "Qatar", type: "place", aliases: [], demonyms: ["Qatari"], description: "Country.", wikidata: null, origin: "registry", published: true },
];
const render = createRenderer({ resolve: (id) => (id === "qatar" ? { name: "Qatar", type: "place", description: "Country.", href: "/entities/qatar/" } : undefined) });
const ALLOWED = new Set(["p", "h2", "ul", "li", "a", "span"]);

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("Qatar", "Qatari", " ", " ", "\n", "\n\n", "- ", "# ", "> ", "* ", "1. ", "2) ", "+ ", "= ", "===", "---", "***", "```", "~~~", "    ", "\t", "|", "<", ">", "&", "&amp;", "&#60;", "\\", "`", "*", "_", "__", "[", "]", "(", ")", "![", "](", "javascript:", "<script>", "</p>", "<!--", "-->", ":entity[X]{#qatar}", ":", "{", "}", "{{", "}}", "{%", "%}", "[^1]", "<https://x.example>", "http://x.example", "!", "#", "~", "'", "\"", ".", ",") },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme-ascii", maxLength: 8 }) },
);
const text = fc.array(piece, { minLength: 1, maxLength: 40 }).map((parts) => `${parts.join("")}\n`);

const squash = (s: string) => s.replace(/\s+/gu, " ").trim();

describe("article text survives markdown and rendering unchanged", () => {
  it("renders every block back to its own text, making no other element (fast-check)", async () => {
    await fc.assert(
      fc.asyncProperty(text, async (input) => {
        const outcome = ingestString("t.txt", input);
        if (!outcome.ok) return;
        const annotated = buildCorpus([outcome.article], registry).articles[0]!;
        const html = await render(bodyMarkdown(annotated));
        const doc = parseDocument(html);
        for (const e of DomUtils.findAll(() => true, doc.children) as Element[]) expect(ALLOWED.has(e.name), `<${e.name}> from ${JSON.stringify(input)}`).toBe(true);
        const { article } = annotated;
        const expected = article.blocks
          .flatMap((b) => (b.kind === "list" ? b.items : [b]))
          .map((r) => squash(article.text.slice(r.start, r.end)))
          .join(" ");
        const got = squash((DomUtils.findAll((e) => ["p", "h2", "li"].includes(e.name) && !e.children.some((c) => (c as Element).name === "p"), doc.children) as Element[]).map((e) => DomUtils.textContent(e)).join(" "));
        expect(got, JSON.stringify(input)).toBe(squash(expected));
      }),
      { numRuns: 500, seed: 42 },
    );
  });
});
