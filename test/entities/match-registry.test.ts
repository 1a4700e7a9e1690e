import { describe, expect, it } from "vitest";
import type { Entity, EntityType } from "../../transforms/model.js";
import { indexRegistry, matchRegistry, surnameForms } from "../../transforms/entities/match-registry.js";
import { parseEntityFile, checkRegistry } from "../../transforms/entities/registry.js";
import { entityId } from "../../transforms/model.js";

function entity(id: string, name: string, type: EntityType, aliases: string[] = [], demonyms: string[] = []): Entity {
  return { id: entityId(id), name, type, aliases, demonyms, description: `${name}.`, wikidata: null, origin: "registry", published: true };
}

const REGISTRY = [
  entity("qatar", "Qatar", "place", ["State of Qatar"], ["Qatari"]),
  entity("israel", "Israel", "place", [], ["Israeli"]),
  entity("hamas", "Hamas", "organization"),
  entity("benjamin-netanyahu", "Benjamin Netanyahu", "person"),
  entity("majed-al-ansari", "Majed al-Ansari", "person"),
  entity("steve-witkoff", "Steve Witkoff", "person", ["Witkoff"]),
  entity("andrew-witkoff", "Andrew Witkoff", "person", ["Andrew"]),
  entity("the-times-of-israel", "The Times of Israel", "organization", ["Times of Israel"]),
  entity("united-states", "United States", "place", ["US", "U.S."], ["American"]),
  entity("mohammed-al-thani", "Mohammed bin Abdulrahman bin Jassim al-Thani", "person", ["Al Thani"]),
  entity("ran-gvili", "Ran Gvili", "person"),
];
const index = indexRegistry(REGISTRY);

/** Runs the matcher over one paragraph of text and returns [surface text, entity id] pairs. */
function find(text: string, registry = index) {
  return matchRegistry(registry, text, [{ start: 0, end: text.length }]).map((m) => {
    expect(text.slice(m.start, m.end)).toBe(m.text);
    return [m.text, m.entityId];
  });
}

describe("registry matcher: mention rules", () => {
  it("matches aliases, longest first", () => {
    expect(find("The Times of Israel reported that Israel had agreed.")).toEqual([
      ["The Times of Israel", "the-times-of-israel"],
      ["Israel", "israel"],
    ]);
  });

  it("keeps a lowercase 'the' outside the name", () => {
    expect(find("A US official told the Times of Israel on Friday.")).toEqual([
      ["US", "united-states"],
      ["Times of Israel", "the-times-of-israel"],
    ]);
  });

  it("links possessives without the 's (straight, curly and bare apostrophe)", () => {
    expect(find("Qatar’s prime minister and Hamas's leaders met Hamas' negotiators.")).toEqual([
      ["Qatar", "qatar"],
      ["Hamas", "hamas"],
      ["Hamas", "hamas"],
    ]);
  });

  it("maps demonyms, singular and plural, to their country", () => {
    expect(find("Israeli and Qatari officials met; Israelis and Americans watched.")).toEqual([
      ["Israeli", "israel"],
      ["Qatari", "qatar"],
      ["Israelis", "israel"],
      ["Americans", "united-states"],
    ]);
  });

  it("links a surname alone only after the full name appeared in the same article", () => {
    expect(find("Netanyahu spoke first. Later Benjamin Netanyahu said Netanyahu would go.")).toEqual([
      ["Benjamin Netanyahu", "benjamin-netanyahu"],
      ["Netanyahu", "benjamin-netanyahu"],
    ]);
  });

  it("keeps titles outside the name", () => {
    expect(find("Prime Minister Benjamin Netanyahu met Master Sgt. Ran Gvili's family.")).toEqual([
      ["Benjamin Netanyahu", "benjamin-netanyahu"],
      ["Ran Gvili", "ran-gvili"],
    ]);
  });

  it("links 'Mr. Ansari' to Majed al-Ansari after the full name (surname with a particle)", () => {
    expect(find("stated spokesman Majed al-Ansari. In an interview, Mr. Ansari mentioned Doha.")).toEqual([
      ["Majed al-Ansari", "majed-al-ansari"],
      ["Ansari", "majed-al-ansari"],
    ]);
  });

  it("links a titled surname even before the full name when only one registry person has it", () => {
    expect(find("Mr. Ansari said talks were under way.")).toEqual([["Ansari", "majed-al-ansari"]]);
    expect(find("Ansari said talks were under way.")).toEqual([]);
  });

  it("folds hyphens and particle case: 'al-Thani' matches the alias 'Al Thani'", () => {
    expect(find("Netanyahu spoke to al-Thani and Al Thani replied.")).toEqual([
      ["al-Thani", "mohammed-al-thani"],
      ["Al Thani", "mohammed-al-thani"],
    ]);
  });

  it("does not match acronyms in lower case, nor names inside longer words", () => {
    expect(find("Let us talk about Qatarization and Hamasville.")).toEqual([]);
  });

  it("matches dotted abbreviations exactly", () => {
    expect(find("The U.S. said so.")).toEqual([["U.S.", "united-states"]]);
  });

  it("links a lone first name only when the rest of the name is in the article", () => {
    expect(find("Witkoff’s son, Andrew, died in 2011.")).toEqual([
      ["Witkoff", "steve-witkoff"],
      ["Andrew", "andrew-witkoff"],
    ]);
    expect(find("Prince Andrew visited.")).toEqual([]);
  });

  it("refuses a bare surname shared by two people both named in full", () => {
    const two = indexRegistry([entity("a", "John Smith", "person"), entity("b", "Jane Smith", "person")]);
    expect(find("John Smith and Jane Smith arrived. Smith spoke.", two).map((m) => m[1])).toEqual(["a", "b"]);
  });

  it("derives surname forms including particles", () => {
    expect(surnameForms("Majed al-Ansari")).toEqual(["al-Ansari", "Ansari"]);
    expect(surnameForms("Martin Luther King Jr.")).toEqual(["King"]);
    expect(surnameForms("Hamas")).toEqual([]);
  });
});

describe("registry files", () => {
  it("parses a valid entity file", () => {
    const e = parseEntityFile("content/entities/qatar.yml", "id: qatar\nname: Qatar\ntype: place\naliases: [State of Qatar]\ndemonyms: [Qatari]\ndescription: Country in Western Asia.\nwikidata: Q846\n");
    expect(e).toMatchObject({ id: "qatar", type: "place", aliases: ["State of Qatar"], demonyms: ["Qatari"], wikidata: "Q846", origin: "registry" });
  });

  it("names the file and the problem for broken YAML, bad fields and mismatched ids", () => {
    expect(() => parseEntityFile("x/qatar.yml", "id: qatar\nname: [oops\n")).toThrowError(/x\/qatar\.yml: is not valid YAML/);
    expect(() => parseEntityFile("x/qatar.yml", "id: qatar\nname: Qatar\ntype: country\ndescription: d\n")).toThrowError(/x\/qatar\.yml: 'type'/);
    expect(() => parseEntityFile("x/qatar.yml", "id: doha\nname: Qatar\ntype: place\ndescription: d\n")).toThrowError(/does not match the file name/);
    expect(() => parseEntityFile("x/qatar.yml", "id: qatar\nname: Qatar\ntype: place\n")).toThrowError(/'description'/);
  });

  it("rejects duplicate ids across files", () => {
    const e = entity("qatar", "Qatar", "place");
    expect(() => checkRegistry([{ file: "a/qatar.yml", entity: e }, { file: "b/qatar.yml", entity: e }])).toThrowError(/b\/qatar\.yml: id 'qatar' is already used by a\/qatar\.yml/);
  });
});
