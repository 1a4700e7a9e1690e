// Property: whatever an article says, the markdown Dossier writes renders back to exactly that text,
// with no element the renderer did not mean to make. This is what keeps markup in articles inert.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDocument, DomUtils } from "htmlparser2";
import type { Element } from "domhandler";
import { ingestString } from "../../transforms/ingest/index.js";
import { buildCorpus } from "../../transforms/corpus/pipeline.js";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { bodyMarkdown, toMdast } from "../../transforms/render/markdown.js";
import { createRenderer, createTreeRenderer } from "../../transforms/render/html.js";
import { ingestBytes } from "../../transforms/ingest/index.js";
import { readRegistry } from "../../transforms/entities/registry.js";
import { loadRecogniser } from "../../transforms/ner/index.js";
import type { Entity } from "../../transforms/model.js";

const registry: Entity[] = [
  { id: "qatar", name: "Qatar", type: "place", aliases: [], demonyms: ["Qatari"], description: "Country.", wikidata: null, origin: "registry", published: true },
];
const resolveQatar = (id: string) => (id === "qatar" ? { name: "Qatar", type: "place" as const, description: "Country.", href: "/entities/qatar/" } : undefined);
const render = createRenderer({ resolve: resolveQatar });
const renderTree = createTreeRenderer({ resolve: resolveQatar });
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
        // The build renders bodies from the tree, skipping the parse: it must be the same HTML.
        expect(renderTree(toMdast(annotated)), JSON.stringify(input)).toBe(html);
      }),
      { numRuns: 500, seed: 42 },
    );
  });
});

describe("bodies rendered ahead of Eleventy", () => {
  const ROOT = path.resolve(import.meta.dirname, "../..");
  const folders = ["content/raw", "test/fixtures/hostile/raw", "test/fixtures/news-gold/texts"];
  const files = folders.flatMap((dir) => readdirSync(path.join(ROOT, dir)).filter((n) => n.endsWith(".txt")).map((n) => path.join(ROOT, dir, n)));

  it("are the HTML the markdown renders to, for the samples, the hostile fixtures and news texts", async () => {
    const { entities } = await readRegistry(path.join(ROOT, "content/entities"));
    const articles = files.flatMap((f) => {
      try {
        return [ingestBytes(f, readFileSync(f))];
      } catch {
        return []; // files that are skipped at ingest (binary, empty) have no body
      }
    });
    const corpus = buildCorpus(articles, entities, { recogniser: loadRecogniser() });
    const links = new Map([...corpus.entities.values()].map((e) => [e.id, { name: e.name, type: e.type, description: e.description, href: `/entities/${e.id}/` }]));
    const resolve = (id: string) => links.get(id);
    const [parse, tree] = [createRenderer({ resolve }), createTreeRenderer({ resolve })];
    expect(corpus.articles.length).toBeGreaterThan(50);
    let tags = 0;
    for (const a of corpus.articles) {
      tags += a.mentions.length;
      expect(tree(toMdast(a)), a.article.file).toBe(await parse(bodyMarkdown(a)));
    }
    expect(tags).toBeGreaterThan(1000);
  });

  it("are left to the parsing renderer when a tag names an entity it cannot resolve", () => {
    const outcome = ingestString("t.txt", "Officials in Qatar said so.\n");
    if (!outcome.ok) throw new Error(outcome.reason);
    const annotated = buildCorpus([outcome.article], registry).articles[0]!;
    expect(annotated.mentions.length).toBeGreaterThan(0);
    expect(renderTree(toMdast(annotated))).toContain('href="/entities/qatar/"');
    expect(createTreeRenderer({ resolve: () => undefined })(toMdast(annotated))).toBeUndefined();
  });
});
