import { describe, expect, it } from "vitest";
import type { Candidate, Entity, EntityType } from "../../transforms/model.js";
import { linkDocument } from "../../transforms/entities/link-document.js";
import { hasEvidence } from "../../transforms/entities/link-corpus.js";
import { canonicalKey } from "../../transforms/entities/keys.js";
import { buildCorpus } from "../../transforms/corpus/pipeline.js";
import { ingestText } from "../../transforms/ingest/index.js";
import type { Recogniser } from "../../transforms/ner/index.js";

/** Candidates for each listed surface form, as a recogniser would report them, in text order. */
function spans(text: string, forms: [string, EntityType][]): Candidate[] {
  const out: Candidate[] = [];
  for (const [form, type] of forms) {
    let at = text.indexOf(form);
    while (at >= 0) {
      if (!out.some((c) => at < c.end && c.start < at + form.length)) out.push({ start: at, end: at + form.length, text: form, type });
      at = text.indexOf(form, at + form.length);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** A recogniser that reports fixed forms, so corpus linking can be pinned independently of the model. */
function fixedRecogniser(forms: [string, EntityType][]): Recogniser {
  return { recognise: (text) => spans(text, forms) };
}

const whole = (text: string) => [{ start: 0, end: text.length }];

describe("linking within an article", () => {
  it("links 'Ansari' and 'Mr Ansari' to 'Majed al-Ansari'", () => {
    const text = "stated Qatar foreign ministry spokesman Majed al-Ansari. Mr Ansari said talks go on. Ansari added more.";
    const locals = linkDocument(text, spans(text, [["Majed al-Ansari", "person"], ["Ansari", "person"]]), whole(text));
    expect(locals).toHaveLength(1);
    expect(locals[0]!.name).toBe("Majed al-Ansari");
    expect(locals[0]!.mentions.map((m) => m.text)).toEqual(["Majed al-Ansari", "Ansari", "Ansari"]);
  });

  it("makes an acronym defined in parentheses an alias, and finds its later uses", () => {
    const text = "Agence France-Presse (AFP) reported the talks. In an interview with AFP yesterday, he spoke.";
    const locals = linkDocument(text, spans(text, [["Agence France-Presse", "organization"]]), whole(text));
    expect(locals).toHaveLength(1);
    expect(locals[0]!.forms).toEqual(["Agence France-Presse", "AFP"]);
    expect(locals[0]!.mentions.map((m) => text.slice(m.start, m.end))).toEqual(["Agence France-Presse", "AFP", "AFP"]);
  });

  it("leaves a surname alone when two people in the article share it", () => {
    const text = "Jared Kushner met Charles Kushner. Kushner said little.";
    const locals = linkDocument(text, spans(text, [["Jared Kushner", "person"], ["Charles Kushner", "person"], ["Kushner", "person"]]), whole(text));
    expect(locals.map((l) => l.name).sort()).toEqual(["Charles Kushner", "Jared Kushner", "Kushner"]);
  });

  it("maps a demonym to its country", () => {
    const text = "Qatari officials met.";
    const locals = linkDocument(text, [{ start: 0, end: 6, text: "Qatari", type: "place", demonymOf: "Qatar" }], whole(text));
    expect(locals[0]).toMatchObject({ name: "Qatar", type: "place", forms: ["Qatar"] });
  });
});

describe("linking across articles", () => {
  const people: [string, EntityType][] = [
    ["Nancy Pelosi", "person"], ["Pelosi", "person"], ["Javier Pertile", "person"],
    ["Mohammed al-Qahtani", "person"], ["Mohammed Al Qahtani", "person"], ["José Martí", "person"], ["Jose Marti", "person"],
    ["Jared Kushner", "person"], ["Charles Kushner", "person"], ["Kushner", "person"],
    ["Hamas", "organization"], ["Zorbania", "place"], ["NASA", "organization"], ["Nasa", "organization"],
    ["Jared Corey Kushner", "person"], ["Gaza Strip", "place"], ["Gaza", "place"], ["Qatar", "place"],
  ];
  const recogniser = fixedRecogniser(people);
  const corpus = (texts: string[], registry: Entity[] = []) =>
    buildCorpus(texts.map((t, i) => ingestText(`a${i}.txt`, t)), registry, { recogniser });
  const idsOf = (c: ReturnType<typeof corpus>, file: string) => c.articles.find((a) => a.article.file === file)!.mentions.map((m) => m.entityId);

  it("gives the same person one entity in every article, and joins a later bare surname to the full name", () => {
    const c = corpus(["Nancy Pelosi was elected Speaker.\n", "Pelosi spoke on Tuesday.\n", "Nancy Pelosi and Javier Pertile met.\n"]);
    expect(idsOf(c, "a0.txt")).toEqual(["nancy-pelosi"]);
    expect(idsOf(c, "a1.txt")).toEqual(["nancy-pelosi"]);
    expect(idsOf(c, "a2.txt")).toEqual(["nancy-pelosi", "javier-pertile"]);
    expect(c.entities.get("nancy-pelosi")).toMatchObject({ origin: "auto", published: true, type: "person" });
  });

  it("joins names that differ only in case, accents, hyphens or al-/Al", () => {
    const c = corpus(["Mohammed al-Qahtani spoke. NASA agreed. José Martí wrote.\n", "Mohammed Al Qahtani replied. Nasa agreed. Jose Marti read.\n"]);
    expect(new Set(idsOf(c, "a0.txt"))).toEqual(new Set(idsOf(c, "a1.txt")));
    expect(canonicalKey("Al-Ansari")).toBe(canonicalKey("ansari"));
  });

  it("does not merge a bare surname shared by two different people in the corpus", () => {
    const c = corpus(["Jared Kushner advised the president.\n", "Charles Kushner was named ambassador.\n", "Kushner declined to comment.\n"]);
    const bare = idsOf(c, "a2.txt")[0]!;
    expect(bare).not.toBe("jared-kushner");
    expect(bare).not.toBe("charles-kushner");
    expect(c.entities.get(bare)!.published).toBe(false);
  });

  it("files a name with middle names, or a place with a generic suffix, under the shorter spelling", () => {
    const c = corpus(["Jared Corey Kushner is an investor. Gaza Strip residents fled.\n", "Jared Kushner spoke. Gaza was quiet.\n"]);
    expect(idsOf(c, "a0.txt")).toEqual(idsOf(c, "a1.txt"));
    expect(c.entities.get(idsOf(c, "a1.txt")[1]!)!.name).toBe("Gaza Strip");
  });

  it("never joins a one-word place to a person as a surname", () => {
    const c = corpus(["Nancy Pelosi Qatar spoke. Qatar agreed.\n"]);
    const qatar = c.articles[0]!.mentions.find((m) => m.text === "Qatar" && m.start > 20)!;
    expect(c.entities.get(qatar.entityId)!.type).toBe("place");
  });

  it("lets the registry win over automatic discovery", () => {
    const registry: Entity[] = [{ id: "hamas", name: "Hamas", type: "organization", aliases: [], demonyms: [], description: "Group.", wikidata: null, origin: "registry", published: true }];
    const c = corpus(["Hamas agreed. Nancy Pelosi spoke.\n"], registry);
    expect(idsOf(c, "a0.txt")).toEqual(["hamas", "nancy-pelosi"]);
    expect(c.entities.get("hamas")!.origin).toBe("registry");
  });

  it("needs evidence before an automatic entity gets a page: a one-off single word does not", () => {
    const c = corpus(["Zorbania was mentioned once.\n", "Nancy Pelosi spoke.\n"]);
    expect(c.entities.get("zorbania")!.published).toBe(false);
    expect(c.entities.get("nancy-pelosi")!.published).toBe(true);
    expect(corpus(["Zorbania grew. Zorbania shrank.\n"]).entities.get("zorbania")!.published).toBe(true);
    expect(hasEvidence("Zorbania", 1)).toBe(false);
    expect(hasEvidence("Javier Pertile", 1)).toBe(true);
    // A one-word person is never named in full, however often the word recurs.
    expect(hasEvidence("Stream", 68, "person")).toBe(false);
    expect(hasEvidence("Zorbania", 2, "place")).toBe(true);
  });
});
