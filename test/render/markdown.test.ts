import { describe, expect, it } from "vitest";
import { ingestText } from "../../transforms/ingest/index.js";
import { buildCorpus } from "../../transforms/corpus/pipeline.js";
import { bodyMarkdown } from "../../transforms/render/markdown.js";
import { createRenderer } from "../../transforms/render/html.js";
import type { Entity } from "../../transforms/model.js";

const registry: Entity[] = [
  { id: "qatar", name: "Qatar", type: "place", aliases: [], demonyms: ["Qatari"], description: "Country.", wikidata: null, origin: "registry", published: true },
  { id: "hamas", name: "Hamas", type: "organization", aliases: [], demonyms: [], description: "Group.", wikidata: null, origin: "registry", published: true },
];
const links = new Map(registry.map((e) => [e.id, { name: e.name, type: e.type, description: e.description, href: `/entities/${e.id}/` }]));
const render = createRenderer({ resolve: (id) => links.get(id) });

function md(text: string) {
  return bodyMarkdown(buildCorpus([ingestText("t.txt", text)], registry).articles[0]!);
}

describe("annotated markdown", () => {
  it("tags mentions inline as readable directives and keeps structure", () => {
    const out = md("Talks in Doha\n\nQatar’s envoy met Hamas.\nQatari aides watched.\n\nKey points\n-\nQatar mediates.\n");
    expect(out).toBe(
      ":entity[Qatar]{#qatar}’s envoy met :entity[Hamas]{#hamas}.\n\n:entity[Qatari]{#qatar} aides watched.\n\n## Key points\n\n- :entity[Qatar]{#qatar} mediates.\n",
    );
  });

  it("keeps adjacent lists apart and non-lists as text", () => {
    const text = "Talks in Doha\n\nQatar met Hamas.\n\nAftermath\n\n- Qatar mediates\n- Hamas waits\n\n- A second list\n\nQatari aides watched.\n\n* not a list\n\n1. not one either\n";
    const whole = bodyMarkdown(buildCorpus([ingestText("t.txt", text)], registry).articles[0]!);
    expect(whole).toMatch(/^[-*] A second list$/mu);
  });

  it("is deterministic", () => {
    const text = "Qatar met Hamas. Hamas met Qatar.\n";
    expect(md(text)).toBe(md(text));
  });

  it("renders the first mention of each entity as a link and later ones as marked spans", async () => {
    const html = await render(md("Qatar met Hamas. Then Qatar left.\n"));
    expect(html).toContain('<a href="/entities/qatar/" class="entity entity--place entity--first" data-entity="qatar"');
    expect(html).toContain('<span class="entity entity--place entity--repeat" data-entity="qatar">Qatar</span>');
    expect(html.match(/<a /g)).toHaveLength(2);
  });

  it("round-trips hostile text literally: markup, template tags and directive look-alikes", async () => {
    const hostile = "Qatar said {{ 7 * 7 }} and {% raw %} then <script>alert(1)</script> *not emphasis* [x](javascript:alert(1)) :fake[y]{#z} # not a heading & more.\n";
    const html = await render(md(hostile));
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<em>");
    expect(html).not.toMatch(/<a href="javascript/);
    expect(html).toContain("{{ 7 * 7 }}");
    expect(html).toContain("{% raw %}");
    expect(html).toContain("&#x3C;script>alert(1)&#x3C;/script>");
    expect(html).toContain(":fake[y]{#z}");
    expect(html).toContain("# not a heading &#x26; more.");
  });

  it("escapes every construct a text node could start: each block renders back to exactly its source text", async () => {
    const lines = ["- dash", "+ plus", "= equals", "1. one", "2) two", "# hash", "> quote", "*** stars", "___ rule", "``` fence", "~~~ tilde", "<div>html</div>", "&amp; &copy;", "[ref]: /x", "| a | b |", "back\\slash \\", "Qatar: *a* _b_ `c` ![i](j) <k> {l} ::m", "A longer paragraph, so that it is not taken for a heading: 3. *x* -- Qatar - 4) <b> & \\ :y ends with #"];
    // Long enough to be paragraphs: a marker at the start of a paragraph line would make a block.
    lines.push(...["+ ", "= ", "12. ", "7) ", "> ", "# ", "--- ", " "].map((m) => `${m}and then a sentence long enough to be read as a paragraph of the briefing.`));
    const annotated = buildCorpus([ingestText("t.txt", `Title\n\n${lines.join("\n\n")}\n`)], registry).articles[0]!;
    const { text, blocks } = annotated.article;
    const expected = blocks.flatMap((b) => (b.kind === "list" ? b.items : [b])).map((r) => text.slice(r.start, r.end).replace(/\s+/gu, " ").trim());
    const html = await render(bodyMarkdown(annotated));
    const decode = (s: string) => s.replace(/&#x([0-9A-F]+);/giu, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)));
    const rendered = [...html.matchAll(/<(p|h2|li)(?: [^>]*)?>(.*?)<\/\1>/gsu)].map((m) => decode(m[2]!.replace(/<[^>]+>/gu, "")).trim());
    expect(rendered).toEqual(expected);
    expect(html).not.toMatch(/<(h[13-6]|blockquote|hr|pre|code|em|strong|img|div|table)\b/u);
  });

  it("renders an unknown entity id as plain text, never a broken link", async () => {
    const html = await render(":entity[Nowhere]{#nowhere} exists.");
    expect(html).toBe(`<p dir="auto">:entity[Nowhere]{#nowhere} exists.</p>`);
  });
});
