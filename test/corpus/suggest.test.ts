import { describe, expect, it } from "vitest";
import { formatSuggestion, suggest } from "../../transforms/corpus/suggest.js";
import { variantKey, acronymOf, asAcronym, editDistance } from "../../transforms/entities/name-variants.js";
import { ingestText } from "../../transforms/ingest/index.js";
import { buildCorpus } from "../../transforms/build/pipeline.js";
import { fixedRecogniser } from "../helpers/desk.js";
import { entityId } from "../../transforms/model.js";

const recogniser = fixedRecogniser([
  ["Paula Radcliffe", "person"], ["Daniel Radcliffe", "person"], ["Radcliffe", "person"],
  ["Jim Hedges", "person"], ["James Hedges", "person"], ["UH", "organization"], ["University of Hawaii", "organization"],
  ["Liberal National Party", "organization"], ["Liberal National", "organization"], ["Muammar Gaddafi", "person"], ["Muammar Gadaffi", "person"],
  ["Nobel Prize", "person"], ["Acme Holdings", "place"], ["Zorro", "person"], ["Ocean Breeze Hotel", "place"], ["Salling", "organization"], ["Salling Group", "organization"],
]);
const texts = [
  "Marathon\n\nPaula Radcliffe won in London. Radcliffe said it was hard. Liberal National Party leaders watched. Salling Group grew.\n",
  "Film\n\nDaniel Radcliffe starred in a film. Daniel Radcliffe thanked Acme Holdings and Zorro. Zorro waved.\n",
  "Vote\n\nJim Hedges ran again. The University of Hawaii met. Liberal National won seats.\n",
  "Weld\n\nJames Hedges spoke. Muammar Gaddafi was mentioned, and Muammar Gadaffi again. Liberal National Party spoke. Salling opened a shop.\n",
  "Prize\n\nThe Nobel Prize went to a poet. The Nobel Prize jury met at the Ocean Breeze Hotel. Paula Radcliffe ran. Acme Holdings grew.\n",
  "Race\n\nRadcliffe led the race. Radcliffe won. UH watched.\n",
];
const corpus = buildCorpus(texts.map((t, i) => ingestText(`a${i}.txt`, t)), [], { recogniser });
const list = suggest(corpus);
const find = (command: string) => list.find((s) => s.command === `npm run entities -- ${command}`);

describe("entities suggest", () => {
  it("finds duplicates of every kind, each with the command that applies it", () => {
    expect(find("merge radcliffe paula-radcliffe")?.reason).toMatch(/surname shared by 2 people; this one shares most briefings/);
    expect(find("merge jim-hedges james-hedges") ?? find("merge james-hedges jim-hedges")).toMatchObject({ reason: "nickname or other form of the name" });
    expect(find("merge uh university-of-hawaii") ?? find("merge university-of-hawaii uh")).toMatchObject({ reason: "acronym" });
    expect(find("merge liberal-national liberal-national-party")).toMatchObject({ reason: "short form" });
    expect(find("merge muammar-gadaffi muammar-gaddafi") ?? find("merge muammar-gaddafi muammar-gadaffi")).toMatchObject({ reason: "spelling variant" });
    // What corpus linking already joins (a corporate suffix) is not suggested again.
    expect(corpus.entities.has(entityId("salling")) && !corpus.entities.has(entityId("salling-group"))).toBe(true);
    expect(list.some((x) => x.command.includes("salling"))).toBe(false);
  });

  it("finds likely wrong types and thin pages", () => {
    expect(find("reject nobel-prize")).toMatchObject({ kind: "type", reason: /award or event/ });
    // A company-like name the recogniser called a place is typed by corpus linking, so needs no suggestion.
    expect(corpus.entities.get(entityId("acme-holdings"))?.type).toBe("organization");
    expect(find("type acme-holdings organization")).toBeUndefined();
    expect(find("type zorro organization")).toMatchObject({ reason: "one-word person" });
    expect(find("reject ocean-breeze-hotel")).toMatchObject({ kind: "thin" });
  });

  it("gives evidence for each side (names, counts, a line of context) and ranks duplicates above thin pages", () => {
    const s = find("merge liberal-national liberal-national-party")!;
    expect(s.entities.map((e) => [e.name, e.mentions, e.articles])).toEqual([["Liberal National", 1, 1], ["Liberal National Party", 2, 2]]);
    expect(s.entities[0]!.context).toEqual({ file: "a2.txt", text: expect.stringContaining("[Liberal National] won seats") });
    expect(formatSuggestion(s, 1)).toMatch(/\$ npm run entities -- merge liberal-national liberal-national-party\n\s+Liberal National \[liberal-national, organization\]: 1 mention in 1 article\n\s+“.*\[Liberal National\] won seats.*” \(a2\.txt\)/);
    const rank = (kind: string) => list.findIndex((x) => x.kind === kind);
    expect(rank("duplicate")).toBe(0);
    const lastDuplicate = list.map((x) => x.kind).lastIndexOf("duplicate");
    expect(lastDuplicate).toBeLessThan(rank("thin"));
  });
});

describe("name variants", () => {
  it("folds suffixes, nicknames and places' usual names; spells out acronyms; measures spelling distance", () => {
    expect(variantKey("Apple Inc.")).toBe("apple");
    expect(variantKey("Bill Clinton")).toBe(variantKey("William Clinton"));
    expect(variantKey("Britain")).toBe("united kingdom");
    expect(acronymOf("North Atlantic Treaty Organization")).toBe("nato");
    expect(asAcronym("U.N.")).toBe("un");
    expect(asAcronym("Nato")).toBeNull();
    expect(editDistance("gaddafi", "gadaffi")).toBe(2);
    expect(editDistance("austria", "australia", 1)).toBe(2);
  });
});
