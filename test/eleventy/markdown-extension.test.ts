// Eleventy's markdown renderer takes a briefing body the build rendered ahead only when it was
// rendered from exactly the markdown on the page; anything else is rendered from the markdown.
import { describe, expect, it } from "vitest";
import { unifiedMarkdown } from "../../transforms/eleventy/markdown-extension.js";
import { markdownDigest } from "../../transforms/render/prerendered.js";
import type { EleventyConfig, EleventyRenderData } from "../../transforms/eleventy/types.js";

type Compile = (inputContent: string, inputPath: string) => (data: EleventyRenderData) => Promise<string>;

function compiler(): Compile {
  let compile: Compile | undefined;
  const config = { addExtension: (_ext: string, options: { compile: Compile }) => (compile = options.compile) } as unknown as EleventyConfig;
  unifiedMarkdown(config);
  if (!compile) throw new Error("no markdown extension registered");
  return compile;
}

const MARKDOWN = "\nOfficials in :entity[Qatar]{#qatar} said so.\n";
const links = { qatar: { name: "Qatar", type: "place", description: "Country." } };
const data = (body?: { of: string; html: string }) => ({
  slug: "a-briefing",
  dossier: { links, articleIndex: { "a-briefing": 0 }, articles: [{ slug: "a-briefing", ...(body ? { body } : {}) }] },
});

describe("unified markdown extension", () => {
  const compile = compiler();
  const render = (d: EleventyRenderData) => compile(MARKDOWN, "content/briefings/a-briefing.md")(d);

  it("uses the body rendered ahead when it was made from this very markdown", async () => {
    expect(await render(data({ of: markdownDigest(MARKDOWN), html: "<p>rendered ahead</p>" }))).toBe("<p>rendered ahead</p>");
  });

  it("renders the markdown itself when the body was made from other markdown, or there is none", async () => {
    const stale = await render(data({ of: markdownDigest("something else"), html: "<p>rendered ahead</p>" }));
    expect(stale).not.toContain("rendered ahead");
    expect(stale).toContain('<a href="/entities/qatar/"');
    expect(await render(data())).toBe(stale);
  });
});
