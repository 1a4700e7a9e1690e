import { describe, expect, it } from "vitest";
import { ingestString, type IngestOutcome } from "../../transforms/ingest/index.js";

const BODY = "The council met on Tuesday.\n";
const withFront = (yaml: string) => `---\n${yaml}\n---\n${BODY}`;
function published(outcome: IngestOutcome) {
  if (!outcome.ok) throw new Error(`skipped: ${outcome.reason}`);
  return outcome;
}

describe("front matter: a desk's keys", () => {
  it("reads every key when good", () => {
    const { article, warnings } = published(
      ingestString(
        "a.txt",
        withFront(
          [
            "author: [Ana Pérez, Jo Smith, Ana Pérez]",
            "section: Politics",
            "tags: [harbour, council]",
            "image: harbour.jpg",
            "image_alt: The harbour at dawn.",
            "updated: 2025-03-06",
            "correction: The cost was wrong.",
          ].join("\n"),
        ),
      ),
    );
    expect(warnings).toEqual([]);
    expect(article).toMatchObject({
      authors: ["Ana Pérez", "Jo Smith"],
      section: "Politics",
      tags: ["harbour", "council"],
      image: { file: "harbour.jpg", alt: "The harbour at dawn." },
      updated: "2025-03-06",
      correction: "The cost was wrong.",
    });
  });

  it("takes one author and one tag without a list", () => {
    const { article } = published(ingestString("a.txt", withFront("author: Ana Pérez\ntags: harbour")));
    expect(article.authors).toEqual(["Ana Pérez"]);
    expect(article.tags).toEqual(["harbour"]);
  });

  it("defaults to no byline, section, tags, image or correction", () => {
    const { article } = published(ingestString("a.txt", BODY));
    expect(article).toMatchObject({ authors: [], section: null, tags: [], image: null, updated: null, correction: null });
  });

  it("keeps template syntax and markup in names as plain text", () => {
    const { article, warnings } = published(ingestString("a.txt", withFront('author: "Jo {{ 7*7 }} <b>Smith</b>"\nsection: "{% raw %}"')));
    expect(warnings).toEqual([]);
    expect(article.authors).toEqual(["Jo {{ 7*7 }} <b>Smith</b>"]);
    expect(article.section).toBe("{% raw %}");
  });

  const bad: [string, string, RegExp][] = [
    ["author", "author: 42", /front matter 'author': must be a name or a list of names; ignored it/],
    ["author", "author: []", /front matter 'author': must name at least one author; ignored it/],
    ["author", `author: "${"x".repeat(200)}"`, /front matter 'author': must be a name or a list of names/],
    ["section", "section: [a, b]", /front matter 'section': .*; ignored it/],
    ["section", 'section: "two\\nlines"', /front matter 'section': must be one line; ignored it/],
    ["tags", "tags: {a: 1}", /front matter 'tags': must be a label or a list of labels; ignored it/],
    ["image", "image: ../../etc/passwd.png\nimage_alt: x", /front matter 'image': must be a file name in content\/raw\/ or content\/raw\/images\/; ignored it/],
    ["image", "image: notes.txt\nimage_alt: x", /front matter 'image': must be a PNG, JPEG, WebP, AVIF, GIF or TIFF file; ignored it/],
    ["image", "image: a.jpg", /front matter 'image' needs 'image_alt'.*published without the image/],
    ["image_alt", "image_alt: A harbour.", /front matter 'image_alt' describes no 'image'; ignored it/],
    ["updated", "updated: 2025-02-30", /front matter 'updated' must be a real YYYY-MM-DD day, got '2025-02-30'; ignored it/],
    ["correction", "correction: Fixed a name.", /front matter 'correction' needs an 'updated' day to say when; ignored it/],
    ["correction", "updated: 2025-03-01\ncorrection: ''", /front matter 'correction': .*; ignored it/],
  ];
  it.each(bad)("ignores a bad '%s' with a warning naming the key, and publishes the article", (key, yaml, warning) => {
    const { article, warnings } = published(ingestString("a.txt", withFront(`title: Kept\n${yaml}`)));
    expect(warnings.join("\n")).toMatch(warning);
    expect(article.title).toBe("Kept");
    const field = { author: "authors", section: "section", tags: "tags", image: "image", image_alt: "image", updated: "updated", correction: "correction" }[key]!;
    expect((article as unknown as Record<string, unknown>)[field]).toEqual(field === "authors" || field === "tags" ? [] : null);
  });
});
