// Property tests: whatever bytes or Unicode arrive, ingest and annotation never throw, and every
// mention's offsets stay inside the article text and spell exactly the mention.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ingest, ingestString, type IngestOutcome } from "../../transforms/ingest/index.js";
import { buildCorpus } from "../../transforms/corpus/pipeline.js";
import { loadRecogniser } from "../../transforms/ner/index.js";
import type { Article, Entity } from "../../transforms/model.js";

const recogniser = loadRecogniser();
const registry: Entity[] = [
  { id: "qatar", name: "Qatar", type: "place", aliases: ["State of Qatar"], demonyms: ["Qatari"], description: "Country.", wikidata: null, origin: "registry", published: true },
  { id: "steve-witkoff", name: "Steve Witkoff", type: "person", aliases: [], demonyms: [], description: "Envoy.", wikidata: null, origin: "registry", published: true },
];

// Pieces that make news-like text, mentions and the awkward cases ingest repairs, mixed with any Unicode.
const piece = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom("Qatar", "Qatari", "Steve Witkoff", "Witkoff", "Doha", "Hamas", "Benjamin Netanyahu", "the United Nations (UN)", "UN", "Mr ", "al-Thani") },
  { weight: 3, arbitrary: fc.constantFrom(" ", " ", "\n", "\n\n", "\r\n", "\r", ". ", ", ", "- ", "’s", "(", ")", ":", "WN: ", "date 2025-06-28 ", "date 2025-02-30 ", "---\n", "title: x\n", "{{ x }}", "<script>", "\u200B", "\u200D", "\u202E", "\uFEFF", "\u0000", "\u00AD", "👩\u200D🔬", "\uD800") },
  { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 12 }) },
);
const newsText = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(""));

function checkOffsets(article: Article): void {
  const corpus = buildCorpus([article], registry, { recogniser });
  for (const annotated of corpus.articles) {
    const { text } = annotated.article;
    for (const m of annotated.mentions) {
      expect(m.start).toBeGreaterThanOrEqual(0);
      expect(m.end).toBeGreaterThan(m.start);
      expect(m.end).toBeLessThanOrEqual(text.length);
      expect(text.slice(m.start, m.end)).toBe(m.text);
      expect(corpus.entities.has(m.entityId)).toBe(true);
    }
  }
}

function published(outcome: IngestOutcome): Article | null {
  if (outcome.ok) return outcome.article;
  expect(outcome.reason).toMatch(/\S/);
  return null;
}

describe("ingest and annotate on arbitrary input (fast-check)", () => {
  it("never throw on any Unicode text, and every mention offset matches the text", () => {
    fc.assert(
      fc.property(newsText, (text) => {
        const article = published(ingestString("content/raw/random.txt", text));
        if (article) checkOffsets(article);
      }),
      { numRuns: 400, seed: 20261122 },
    );
  });

  it("never throw on any bytes", () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 300 }), newsText.map((t) => new TextEncoder().encode(t))), (bytes) => {
        const article = published(ingest("content/raw/random.txt", bytes));
        if (article) checkOffsets(article);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it("does find mentions in generated text, so the offset checks are exercised", () => {
    let mentions = 0;
    fc.assert(
      fc.property(newsText, (text) => {
        const article = published(ingestString("t.txt", text));
        if (article) mentions += buildCorpus([article], registry, { recogniser }).articles[0]?.mentions.length ?? 0;
      }),
      { numRuns: 100, seed: 1 },
    );
    expect(mentions).toBeGreaterThan(50);
  });
});
