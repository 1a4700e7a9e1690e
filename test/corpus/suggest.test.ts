import { describe, expect, it } from "vitest";
import { formatSuggestion, suggest } from "../../transforms/corpus/suggest.js";
import { variantKey, acronymOf, asAcronym, editDistance } from "../../transforms/entities/name-variants.js";
import { ingestText } from "../../transforms/ingest/index.js";
import { buildCorpus } from "../../transforms/build/pipeline.js";
import { fixedRecogniser } from "../helpers/desk.js";

const recogniser = fixedRecogniser([
  ["Paula Radcliffe", "person"], ["Daniel Radcliffe", "person"], ["Radcliffe", "person"],
  ["Bill Weld", "person"], ["William Weld", "person"], ["NATO", "organization"], ["North Atlantic Treaty Organization", "organization"],
  ["Labour Party", "organization"], ["Labour", "organization"], ["Muammar Gaddafi", "person"], ["Muammar Gadaffi", "person"],
  ["Nobel Prize", "person"], ["Apple Inc", "place"], ["Zorro", "person"], ["Ocean Breeze Hotel", "place"], ["Britain", "place"], ["United Kingdom", "place"],
]);
const texts = [
  "Marathon\n\nPaula Radcliffe won in London. Radcliffe said it was hard. Labour Party leaders watched.\n",
  "Film\n\nDaniel Radcliffe starred in a film. Daniel Radcliffe thanked Apple Inc and Zorro. Zorro waved.\n",
  "Vote\n\nBill Weld ran again. The North Atlantic Treaty Organization (NATO) met. NATO agreed. Labour won seats.\n",
  "Weld\n\nWilliam Weld spoke in the United Kingdom. Muammar Gaddafi was mentioned, and Muammar Gadaffi again. Labour Party spoke.\n",
  "Prize\n\nThe Nobel Prize went to a poet. The Nobel Prize jury met at the Ocean Breeze Hotel. Paula Radcliffe ran. Britain agreed. Apple Inc grew.\n",
  "Race\n\nRadcliffe led the race. Radcliffe won. NATO watched.\n",
];
const corpus = buildCorpus(texts.map((t, i) => ingestText(`a${i}.txt`, t)), [], { recogniser });
const list = suggest(corpus);
const find = (command: string) => list.find((s) => s.command === `npm run entities -- ${command}`);

describe("entities suggest", () => {
  it("finds duplicates of every kind, each with the command that applies it", () => {
    expect(find("merge radcliffe paula-radcliffe")?.reason).toMatch(/surname shared by 2 people; this one shares most briefings/);
    expect(find("merge bill-weld william-weld") ?? find("merge william-weld bill-weld")).toMatchObject({ reason: "nickname or other form of the name" });
    expect(find("merge nato north-atlantic-treaty-organization") ?? find("merge north-atlantic-treaty-organization nato")).toMatchObject({ reason: "acronym" });
    expect(find("merge labour labour-party")).toMatchObject({ reason: "short form" });
    expect(find("merge muammar-gadaffi muammar-gaddafi") ?? find("merge muammar-gaddafi muammar-gadaffi")).toMatchObject({ reason: "spelling variant" });
    expect(find("merge britain united-kingdom")).toBeDefined();
  });

  it("finds likely wrong types and thin pages", () => {
    expect(find("reject nobel-prize")).toMatchObject({ kind: "type", reason: /award or event/ });
    expect(find("type apple-inc organization")).toMatchObject({ reason: "company-like place" });
    expect(find("type zorro organization")).toMatchObject({ reason: "one-word person" });
    expect(find("reject ocean-breeze-hotel")).toMatchObject({ kind: "thin" });
  });

  it("gives evidence for each side (names, counts, a line of context) and ranks duplicates above thin pages", () => {
    const s = find("merge labour labour-party")!;
    expect(s.entities.map((e) => [e.name, e.mentions, e.articles])).toEqual([["Labour", 1, 1], ["Labour Party", 2, 2]]);
    expect(s.entities[0]!.context).toEqual({ file: "a2.txt", text: expect.stringContaining("[Labour] won seats") });
    expect(formatSuggestion(s, 1)).toMatch(/\$ npm run entities -- merge labour labour-party\n\s+Labour \[labour, organization\]: 1 mention in 1 article\n\s+“.*\[Labour\] won seats.*” \(a2\.txt\)/);
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
