import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadGazetteer } from "../../transforms/ner/gazetteer.js";
import { loadRecogniser, MODEL_URL, type NerSpan } from "../../transforms/ner/index.js";
import { decodeModel } from "../../transforms/ner/model-file.js";
import { PerceptronRecogniser } from "../../transforms/ner/recogniser.js";

// Real sentences of the kinds the statistical recogniser gets wrong on unseen news: results lines,
// headlines in capitals, and names that only the rest of the article types.
const rec = loadRecogniser();
const found = (spans: NerSpan[]): string[] => spans.filter((s) => !s.demonymOf).map((s) => `${s.text}/${s.type}`);

describe("results lines", () => {
  it("keeps the two sides of a score apart and never runs a name through a number", () => {
    const spans = found(rec.recognise("Leeds 0 Manchester United 3"));
    expect(spans).toContain("Manchester United/organization");
    expect(spans.some((s) => /\d/.test(s))).toBe(false);
    const line = found(rec.recognise("Aston Villa 1 Leeds 1"));
    expect(line).toContain("Aston Villa/organization");
    expect(line.some((s) => /\d/.test(s))).toBe(false);
  });
});

describe("headlines in capitals", () => {
  it("a company at the head of a shouted headline is an organisation", () => {
    expect(found(rec.recognise("GAZPROM RAISES GAS PRICE FOR UKRAINE"))).toContain("GAZPROM/organization");
  });
});

describe("spaced dashes separate names", () => {
  it("a party's name and its long form are two spans", () => {
    const spans = found(rec.recognise("He chaired the Likud – National Liberal Movement from 2005."));
    expect(spans).toContain("Likud/organization");
    expect(spans.some((s) => s.includes("–"))).toBe(false);
  });
});

describe("document history", () => {
  const data = decodeModel(readFileSync(MODEL_URL));
  const lex = { gazetteer: loadGazetteer(), wordFlags: data.wordFlags };
  const model = { weights: data.weights, mask: (1 << data.bits) - 1 };
  const withHistory = new PerceptronRecogniser(model, lex, true);
  const withoutHistory = new PerceptronRecogniser(model, lex, false);

  // A Wikinews article (2019): the headline's "Hagia Sophia Museum" types the later bare "Hagia Sophia".
  const article = [
    "Turkey's President Erdogan proposes converting Hagia Sophia Museum to mosque",
    "",
    "On Wednesday, the Turkish President Recep Tayyip Erdoğan pledged converting Hagia Sophia, formerly a Greek Orthodox church and now a museum, to a mosque.",
    'On Friday in Istanbul, Erdogan said, "After elections, we will change Hagia Sophia\'s name from museum to mosque."',
  ].join("\n");

  it("types a name as the article's earlier sentences did", () => {
    const later = (r: PerceptronRecogniser): string[] => found(r.recognise(article)).filter((s) => s.startsWith("Hagia Sophia/"));
    expect(later(withHistory)).toEqual(["Hagia Sophia/place", "Hagia Sophia/place"]);
    expect(later(withoutHistory)).not.toEqual(later(withHistory));
  });

  it("changes nothing in a document's first sentence", () => {
    const first = article.split("\n")[0]!;
    expect(withHistory.recognise(first)).toEqual(withoutHistory.recognise(first));
  });
});
