import type { EntityId } from "../../transforms/model.js";
import { describe, expect, it } from "vitest";
import type { Candidate, EntityType } from "../../transforms/model.js";
import { buildCorpus } from "../../transforms/build/pipeline.js";
import { ingestText } from "../../transforms/ingest/index.js";
import { annotationRecord } from "../../transforms/corpus/annotation-json.js";
import { corporateBase, initialsOf } from "../../transforms/entities/identity.js";
import { roleBefore } from "../../transforms/entities/roles.js";
import type { Recogniser } from "../../transforms/ner/index.js";

/** A recogniser that reports fixed forms wherever they occur, so corpus linking is pinned without the model. */
function fixedRecogniser(forms: [string, EntityType][]): Recogniser {
  return {
    recognise(text) {
      const out: Candidate[] = [];
      for (const [form, type] of [...forms].sort((a, b) => b[0].length - a[0].length)) {
        for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
          const end = at + form.length;
          const bounded = !/[\p{L}\p{N}]/u.test(text[at - 1] ?? "") && !/[\p{L}\p{N}]/u.test(text[end] ?? "");
          if (bounded && !out.some((c) => at < c.end && c.start < end)) out.push({ start: at, end, text: form, type });
        }
      }
      return out.sort((a, b) => a.start - b.start);
    },
  };
}

function corpusOf(texts: string[], forms: [string, EntityType][]) {
  const corpus = buildCorpus(texts.map((t, i) => ingestText(`a${i}.txt`, t)), [], { recogniser: fixedRecogniser(forms) });
  const byText = new Map<string, Set<string>>();
  for (const a of corpus.articles) for (const m of a.mentions) byText.set(m.text, (byText.get(m.text) ?? new Set()).add(m.entityId));
  /** The one entity every mention of `text` links to. */
  const idOf = (text: string): EntityId => {
    const ids = [...(byText.get(text) ?? [])];
    expect(ids, text).toHaveLength(1);
    return ids[0]! as EntityId;
  };
  return { corpus, idOf };
}

describe("companies", () => {
  it("a corporate suffix joins the bare name, and a defined acronym joins it in every article", () => {
    const { corpus, idOf } = corpusOf(
      [
        "General Motors Corporation (GM) reported a loss for the quarter.\n",
        "Shares of General Motors fell on Tuesday.\n",
        "GM said it would close two plants in Ohio.\n",
        "Ford Motor Co. and General Motors Corp. cut prices. Ford said sales fell.\n",
      ],
      [["General Motors Corporation", "organization"], ["General Motors Corp.", "organization"], ["General Motors", "organization"], ["GM", "organization"], ["Ford Motor Co.", "organization"], ["Ford", "person"], ["Ohio", "place"]],
    );
    const gm = idOf("General Motors");
    expect([idOf("General Motors Corporation"), idOf("General Motors Corp."), idOf("GM")]).toEqual([gm, gm, gm]);
    expect(idOf("Ford")).toBe(idOf("Ford Motor Co."));
    expect(corpus.entities.get(idOf("Ford"))!.type).toBe("organization");
  });

  it("an acronym that matches the initials of a name beside it joins that name", () => {
    const { idOf } = corpusOf(
      ["The World Health Organization named the virus. WHO officials met in Geneva.\n", "WHO said cases rose.\n"],
      [["World Health Organization", "organization"], ["WHO", "organization"], ["Geneva", "place"]],
    );
    expect(idOf("WHO")).toBe(idOf("World Health Organization"));
  });

  it("initials ignore 'of' and 'the' and may drop a suffix", () => {
    expect(initialsOf("General Motors Corp.")).toEqual(["GMC", "GM"]);
    expect(initialsOf("Organisation of Islamic Cooperation")).toEqual(["OIC"]);
    expect(corporateBase("ford motor company")).toBe("ford");
    expect(corporateBase("general motors corporation")).toBe("general motors");
  });
});

describe("short forms", () => {
  it("join the full name of the party or country", () => {
    const { idOf } = corpusOf(
      [
        "The Liberal Democrats and the Conservative Party met. The Labour Party stayed away.\n",
        "The Lib Dems said the Tories had failed. Labour disagreed.\n",
        "Britain left the EU. The United Kingdom and the European Union signed a deal with America.\n",
        "The United States and the UK agreed.\n",
      ],
      [
        ["Liberal Democrats", "organization"], ["Conservative Party", "organization"], ["Labour Party", "organization"], ["Lib Dems", "person"],
        ["Tories", "place"], ["Labour", "organization"], ["Britain", "place"], ["EU", "organization"], ["United Kingdom", "place"],
        ["European Union", "organization"], ["America", "place"], ["United States", "place"], ["UK", "place"],
      ],
    );
    expect(idOf("Lib Dems")).toBe(idOf("Liberal Democrats"));
    expect(idOf("Tories")).toBe(idOf("Conservative Party"));
    expect(idOf("Labour")).toBe(idOf("Labour Party"));
    expect(new Set([idOf("Britain"), idOf("UK"), idOf("United Kingdom")]).size).toBe(1);
    expect(idOf("EU")).toBe(idOf("European Union"));
    expect(idOf("America")).toBe(idOf("United States"));
  });
});

describe("people", () => {
  const forms: [string, EntityType][] = [
    ["Rafa Benitez", "person"], ["Rafael Benitez", "person"], ["Liverpool", "organization"], ["Steve Jobs", "person"],
    ["Steven Jobs", "person"], ["Apple", "organization"], ["Pixar", "organization"], ["Tony Blair", "person"], ["Ian Blair", "person"],
    ["Gordon Brown", "person"], ["Wes Brown", "person"], ["Lleyton Hewitt", "person"], ["Patricia Hewitt", "person"],
    ["Tim Henman", "person"], ["Henman", "place"], ["Blair", "person"], ["Wimbledon", "place"],
  ];

  it("a nickname joins the full given name when the surname and the context agree", () => {
    const { idOf } = corpusOf(
      ["Rafa Benitez said Liverpool played well.\n", "Liverpool manager Rafael Benitez was pleased.\n", "Steve Jobs spoke at Apple.\n", "Steven Jobs founded Pixar.\n"],
      forms,
    );
    expect(idOf("Rafa Benitez")).toBe(idOf("Rafael Benitez"));
    // Same surname and a matching nickname, but nothing else in common: not joined without evidence.
    expect(idOf("Steve Jobs")).not.toBe(idOf("Steven Jobs"));
  });

  it("a given name alone joins the one person in the article who has it", () => {
    const { idOf } = corpusOf(
      ["Rafael Benitez praised the squad. Later Rafa said Liverpool deserved it.\n", "Tony Blair and Ian Blair met. Tony left early.\n"],
      [...forms, ["Rafa", "person"], ["Tony", "person"]],
    );
    expect(idOf("Rafa")).toBe(idOf("Rafael Benitez"));
    expect(idOf("Tony")).toBe(idOf("Tony Blair"));
    expect(idOf("Tony")).not.toBe(idOf("Ian Blair"));
  });

  it("people who share a surname stay apart", () => {
    const { idOf } = corpusOf(
      [
        "Tony Blair met Metropolitan Police chief Ian Blair.\n",
        "Gordon Brown watched Wes Brown play.\n",
        "Lleyton Hewitt beat a rival while Patricia Hewitt spoke in the Commons.\n",
        "Blair said the war was right.\n",
      ],
      forms,
    );
    const ids = ["Tony Blair", "Ian Blair", "Gordon Brown", "Wes Brown", "Lleyton Hewitt", "Patricia Hewitt"].map(idOf);
    expect(new Set(ids).size).toBe(6);
    expect(ids).not.toContain(idOf("Blair"));
  });

  it("a surname alone in a later article joins the one person carrying it, as a person", () => {
    const { corpus, idOf } = corpusOf(["Tim Henman lost at Wimbledon.\n", "Henman will play again next week.\n"], forms);
    expect(idOf("Henman")).toBe(idOf("Tim Henman"));
    expect(corpus.articles.flatMap((a) => a.mentions).find((m) => m.text === "Henman")!.type).toBe("person");
  });
});

describe("pages", () => {
  it("table headers, events and bare given names get none", () => {
    const { corpus, idOf } = corpusOf(
      ["W L T PF PA\nBuffalo Bills won.\n", "W L T PF PA\nRafael played. Rafael won the Grand Slam twice.\n", "The Grand Slam came next.\n"],
      [["W L T PF PA", "person"], ["Buffalo Bills", "organization"], ["Rafael", "place"], ["Grand Slam", "place"]],
    );
    for (const name of ["W L T PF PA", "Rafael", "Grand Slam"]) expect(corpus.entities.get(idOf(name))!.published, name).toBe(false);
    expect(corpus.entities.get(idOf("Buffalo Bills"))!.published).toBe(true);
  });
});

describe("roles", () => {
  it("keeps the description stripped from a name on the mention, and annotate --json keeps its shape", () => {
    const text = "Tory chancellor Ken Clarke attacked the plan. Chancellor of the Exchequer Gordon Brown replied.\n";
    const { corpus } = corpusOf([text], [["Ken Clarke", "person"], ["Gordon Brown", "person"]]);
    const a = corpus.articles[0]!;
    expect(a.mentions.map((m) => m.role)).toEqual(["Tory chancellor", "Chancellor of the Exchequer"]);
    const record = annotationRecord(a, corpus.entities);
    expect(Object.keys(record.mentions[0]!)).toEqual(["start", "end", "text", "type", "entity"]);
  });

  it("reads only words on the same line and needs a role word", () => {
    const text = "Sprinter Kelly Holmes won. Briton Tim Henman lost.\nThe report said Jim Press resigned.";
    const at = (name: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length });
    expect(roleBefore(text, at("Kelly Holmes"))).toBe("Sprinter");
    expect(roleBefore(text, at("Tim Henman"))).toBe("Briton");
    expect(roleBefore(text, at("Jim Press"))).toBeUndefined();
  });
});
