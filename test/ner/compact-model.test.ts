import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compactModel, tagSentenceCompact } from "../../transforms/ner/compact-model.js";
import { prepareDocument } from "../../transforms/ner/prepare.js";
import { loadGazetteer, matchGazetteer } from "../../transforms/ner/gazetteer.js";
import { MODEL_URL } from "../../transforms/ner/index.js";
import { decodeModel } from "../../transforms/ner/model-file.js";
import { tagSentence } from "../../transforms/ner/tagger.js";
import { sentenceBounds, tokenize } from "../../transforms/ner/tokenize.js";

const textsDir = new URL("../fixtures/news-gold/texts/", import.meta.url);
const documents = readdirSync(textsDir)
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => {
    const text = readFileSync(new URL(f, textsDir), "utf8");
    const tokens = tokenize(text);
    const bounds = sentenceBounds(text, tokens);
    const sentences: string[][] = [];
    for (let b = 0; b + 1 < bounds.length; b++) sentences.push(tokens.slice(bounds[b], bounds[b + 1]).map((t) => t.text));
    return sentences;
  });

describe("compact tagger", () => {
  it("tags exactly as the dense model does", () => {
    const data = decodeModel(readFileSync(MODEL_URL));
    const dense = { weights: data.weights, mask: (1 << data.bits) - 1 };
    const compact = compactModel(dense);
    const lex = { gazetteer: loadGazetteer(), wordFlags: data.wordFlags };
    let tokens = 0;
    for (const sentences of documents) {
      for (const sent of prepareDocument(sentences, lex)) {
        expect(Array.from(tagSentenceCompact(compact, sent))).toEqual(Array.from(tagSentence(dense, sent)));
        tokens += sent.length;
      }
    }
    expect(tokens).toBeGreaterThan(5_000);
  });

  it("matches gazetteer phrases with the trie as with a scan of the phrase lists", () => {
    const gaz = loadGazetteer();
    // The list scan the trie replaced: longest phrase first, all kinds of that phrase, first country.
    const scan = (tokens: readonly string[]) => {
      const out = [];
      let i = 0;
      while (i < tokens.length) {
        const list = gaz.phrases.get(tokens[i]!) ?? [];
        const p = list.find((q) => q.tokens.every((t, k) => tokens[i + k] === t));
        if (!p) {
          i++;
          continue;
        }
        const same = list.filter((q) => q.tokens.length === p.tokens.length && q.tokens.every((t, k) => tokens[i + k] === t));
        out.push({ start: i, end: i + p.tokens.length, kind: same.reduce((k, q) => k | q.kind, 0), country: same.find((q) => q.country)?.country ?? "" });
        i += p.tokens.length;
      }
      return out;
    };
    for (const sentences of documents) {
      for (const s of sentences) {
        expect(matchGazetteer(gaz, s)).toEqual(scan(s));
      }
    }
  });
});
