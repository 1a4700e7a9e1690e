// Roles read from the text around mention spans: titles before a name, appositions, "X, who is …".
import { describe, expect, it } from "vitest";
import { normaliseRole, rolesIn } from "../../transforms/corpus/roles.js";
import { articleDossier, entityDossiers } from "../../transforms/corpus/dossier.js";
import { article, corpusOf, nameOf, REGISTRY } from "./helpers.js";

const registry = new Map(REGISTRY.map((e) => [e.id, e]));

function roles(...paragraphs: string[]): string[] {
  const a = article(...paragraphs);
  return articleDossier(a, registry).roles.map((r) => `${nameOf(r.entityId)}: ${r.text}`);
}

describe("roles", () => {
  it("a title before the name", () => {
    expect(roles("The meeting was set up by US envoy Steve Witkoff in New York.")).toEqual(["Steve Witkoff: US envoy"]);
    expect(roles("It was attended by Mossad chief David Barnea and a senior official.")).toEqual(["David Barnea: Mossad chief"]);
    expect(roles("On Sunday, Finance Minister Bezalel Smotrich rejected the plan.")).toEqual(["Bezalel Smotrich: finance minister"]);
    expect(roles("Netanyahu spoke to Qatari Prime Minister Mohammed bin Abdulrahman Al Thani by phone.")).toEqual(["Mohammed bin Abdulrahman Al Thani: Qatari prime minister"]);
  });

  it("an apposition after the name, cut where a new clause or phrase starts", () => {
    expect(roles("Witkoff will meet Khalil al-Hayya, Hamas’s chief negotiator and a senior figure in the October 7 massacre, the paper reported.")).toEqual([
      "Khalil al-Hayya: Hamas's chief negotiator",
    ]);
    expect(roles("Steve Witkoff, the US envoy for peace missions under the Trump administration, is planning a trip.")).toEqual(["Steve Witkoff: US envoy for peace missions"]);
  });

  it("an apposition before the name, and a short “X, who is …”", () => {
    expect(roles("The mayor of London, Sadiq Khan, thanked the emergency services.")).toEqual(["Sadiq Khan: mayor of London"]);
    expect(roles("He met Khalil al-Hayya, who is Hamas’s chief negotiator, in Doha.")).toEqual(["Khalil al-Hayya: Hamas's chief negotiator"]);
  });

  it("is no role when the words are not one, and never makes a mention", () => {
    expect(roles("Steve Witkoff, who is looking to mend ties, flew to Doha.")).toEqual([]);
    expect(roles("Witkoff, Barnea and Smotrich met in New York.")).toEqual([]);
    const a = article("The Qatari Prime Minister said talks would continue.");
    // "Qatari" is Qatar; "Prime Minister" is nobody.
    expect(a.mentions.map((m) => [m.text, m.type])).toEqual([["Qatari", "place"]]);
    expect(rolesIn(a.article, a.mentions)).toEqual([]);
  });

  it("normalises case, articles and possessive pronouns, and drops an entity's own possessive", () => {
    expect(normaliseRole("the Finance Minister")).toBe("finance minister");
    expect(normaliseRole("presumptive Democratic presidential nominee")).toBe("presumptive Democratic presidential nominee");
    expect(normaliseRole("Democratic Party presidential nominee")).toBe("Democratic Party presidential nominee");
    expect(normaliseRole("Former Vice President")).toBe("former vice president");
    expect(normaliseRole("his deputy")).toBe("deputy");
    expect(normaliseRole("Hamas’s chief negotiator")).toBe("Hamas's chief negotiator");
    expect(normaliseRole("President Trump’s son-in-law")).toBe("President Trump's son-in-law");
    expect(normaliseRole("a senior figure in the October 7 massacre against Israel")).toBeNull();
    expect(roles("Hamas, Hamas’s armed wing said, would not disarm.")).toEqual([]);
  });
});

describe("entity dossiers across briefings", () => {
  it("count each role with its briefings, keep dates for a changing role, and list quotes newest first", () => {
    const c = corpusOf(
      [
        ["Shadow chancellor Steve Witkoff spoke in March.", "“We will win the election in the spring,” Witkoff said."],
        ["Chancellor Steve Witkoff spoke in July.", "“We won the election and we will keep our word,” Witkoff said."],
        ["Chancellor Steve Witkoff spoke again in August."],
      ],
      ["2024-03-01", "2024-07-10", "2024-08-02"],
    );
    const d = entityDossiers(c.articles, c.entities).get("steve-witkoff")!;
    expect(d.roles.map((r) => [r.text, r.count, r.articles.length, r.first, r.last])).toEqual([
      ["chancellor", 2, 2, "2024-07-10", "2024-08-02"],
      ["shadow chancellor", 1, 1, "2024-03-01", "2024-03-01"],
    ]);
    expect(d.quotes.map((q) => [q.text, q.date])).toEqual([
      ["We won the election and we will keep our word", "2024-07-10"],
      ["We will win the election in the spring", "2024-03-01"],
    ]);
  });
});
