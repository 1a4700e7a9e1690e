import { describe, expect, it } from "vitest";
import { clusterOf } from "../../transforms/ner/clusters.js";
import { iobSpans, type GoldSentence } from "../../transforms/ner/conll.js";
import { buildLookup } from "../../transforms/ner/gazetteer.js";
import { DocumentHistory } from "../../transforms/ner/history.js";
import { decodeModel, encodeModel } from "../../transforms/ner/model-file.js";
import { prepareDocument } from "../../transforms/ner/prepare.js";
import { tagIndex } from "../../transforms/ner/tags.js";
import { withoutMentionSigns } from "../../transforms/ner/train/corpora.js";
import { learnClusters } from "../../transforms/ner/train/learn-clusters.js";
import { syntheticSentences } from "../../transforms/ner/train/synthetic.js";
import { weightSentences } from "../../transforms/ner/train/train-loop.js";

const sentence = (tokens: string[], tags: string[], doc = "d"): GoldSentence => ({ doc, tokens, tags });

describe("training data preparation", () => {
  it("trains the @ of a tweet's mention as no name while the handle keeps its tag", () => {
    const s = sentence(["RT", "@", "SportsCenter", ":", "@", "Lakers", "win"], ["O", "B-ORG", "B-ORG", "O", "B-ORG", "B-ORG", "O"]);
    expect(withoutMentionSigns(s).tags).toEqual(["O", "O", "B-ORG", "O", "O", "B-ORG", "O"]);
    const email = sentence(["mail", "@", "home"], ["O", "O", "O"]);
    expect(withoutMentionSigns(email)).toEqual(email);
  });

  it("repeats whole weights and subsamples fractions, the same way every run", () => {
    const many = Array.from({ length: 1000 }, (_, i) => sentence([`w${i}`], ["O"]));
    const copies = (w: number, seed: number): number[] =>
      weightSentences([{ weight: w, sentences: many }], seed).map((d) => d.copies);
    expect(copies(3, 1).every((c) => c === 3)).toBe(true);
    expect(copies(3, 1)).toHaveLength(1000);
    const half = copies(0.5, 1);
    expect(half.every((c) => c === 1)).toBe(true);
    expect(half.length).toBeGreaterThan(430);
    expect(half.length).toBeLessThan(570);
    expect(copies(0.5, 1)).toEqual(half);
    expect(copies(0, 1)).toHaveLength(0);
    const oneAndHalf = copies(1.5, 2);
    expect(oneAndHalf).toHaveLength(1000);
    expect(oneAndHalf.filter((c) => c === 2).length).toBeGreaterThan(430);
  });
});

describe("word clusters", () => {
  // Company and club names share their neighbours across sentences; so do the verbs.
  const text = [
    "Shares in Nokia rose after Nokia said profits grew .",
    "Shares in Vodafone rose after Vodafone said profits grew .",
    "Shares in Gazprom fell after Gazprom said profits fell .",
    "Leeds beat Everton on Saturday and Leeds drew with Chelsea .",
    "Everton beat Chelsea on Saturday and Everton drew with Leeds .",
    "Chelsea beat Leeds on Saturday and Chelsea drew with Everton .",
  ].flatMap((s) => [s, s, s]).map((s) => s.split(" "));
  const clusters = learnClusters(text, { fine: 4, coarse: 2, minCount: 3, contextWords: 30, iterations: 5, seed: 1 });

  it("puts words with the same neighbours together and words in other slots apart", () => {
    expect(clusterOf(clusters, "Nokia")).toBe(clusterOf(clusters, "Vodafone"));
    expect(clusterOf(clusters, "Leeds")).toBe(clusterOf(clusters, "Everton"));
    expect(clusterOf(clusters, "Nokia")).not.toBe(clusterOf(clusters, "rose"));
    expect(clusterOf(clusters, "Nokia")).toBeGreaterThan(0);
  });

  it("finds a name written in capitals under its usual form (a results table's LEEDS)", () => {
    expect(clusterOf(clusters, "LEEDS")).toBe(clusterOf(clusters, "Leeds"));
    expect(clusterOf(clusters, "Unheard")).toBe(0);
  });

  it("survives the model file", () => {
    const file = encodeModel({ bits: 2, weights: new Float32Array(28), wordFlags: new Map([["nokia", 2]]), clusters, meta: {} });
    const back = decodeModel(file);
    expect(back.clusters?.fine).toEqual(clusters.fine);
    expect(back.clusters?.coarseOf).toEqual(clusters.coarseOf);
    expect(back.wordFlags.get("nokia")).toBe(2);
  });
});

describe("document history", () => {
  const gaz = buildLookup([], { firstNames: [], lastNames: [], cities: [] });
  const lex = { gazetteer: gaz, wordFlags: new Map<string, number>() };

  it("tells a later sentence which type the document gave a name before", () => {
    const doc = [
      "Russian oil firm Yukos said on Monday it would appeal .".split(" "),
      "Yukos shares fell 5 percent in Moscow .".split(" "),
    ];
    const [first, second] = prepareDocument(doc, lex);
    const history = new DocumentHistory();
    history.annotate(first!);
    expect(first!.every((t) => t.hist === 0)).toBe(true);
    history.record(first!, ["O", "O", "O", "B-ORG", "O", "O", "O", "O", "O", "O", "O"].map(tagIndex));
    history.annotate(second!);
    // Bit 2 is ORG; the sentence-initial "Russian" tagged O is no evidence either way.
    expect(second![0]!.hist).toBe(1 << 2);
    expect(second![6]!.hist).toBe(0);
  });
});

describe("template sentences for sport and company news", () => {
  const sources = {
    cities: ["Leeds", "Buenos Aires"],
    clubs: ["Aston Villa"],
    companies: ["Nokia", "Gazprom"],
    firstNames: ["Kelly"],
    lastNames: ["Holmes"],
  };
  const sentences = syntheticSentences(sources, 200, 5);
  const spans = (s: GoldSentence): string[] =>
    iobSpans(s.tags).map((sp) => `${s.tokens.slice(sp.start, sp.end).join(" ")}/${sp.label}`);

  it("labels a club named after its city as an organisation in a results line", () => {
    const results = sentences.filter((s) => s.doc.startsWith("synthetic-sport") && /^\d$/.test(s.tokens[1] ?? ""));
    expect(results.length).toBeGreaterThan(10);
    for (const s of results) expect(spans(s).every((x) => x.endsWith("/ORG"))).toBe(true);
    expect(results.flatMap(spans)).toContain("Buenos Aires/ORG");
  });

  it("labels companies ORG, people PER and cities LOC in company news, the same for the same seed", () => {
    const business = sentences.filter((s) => s.doc.startsWith("synthetic-business")).flatMap(spans);
    expect(business).toContain("Nokia/ORG");
    expect(business).toContain("Kelly Holmes/PER");
    expect(business.filter((x) => x.startsWith("Leeds") || x.startsWith("Buenos")).every((x) => x.endsWith("/LOC"))).toBe(true);
    expect(syntheticSentences(sources, 200, 5)).toEqual(sentences);
    expect(syntheticSentences(sources, 200, 6)).not.toEqual(sentences);
  });
});
