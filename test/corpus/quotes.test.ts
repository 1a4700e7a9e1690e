// Quote attribution, pattern by pattern, on sentences from the sample briefings and Wikinews, and the
// cases it must leave alone: a wrong speaker in a briefing is worse than none.
import { describe, expect, it } from "vitest";
import { attributeQuotes } from "../../transforms/corpus/attribution.js";
import { rolesIn } from "../../transforms/corpus/roles.js";
import { article, nameOf } from "./helpers.js";

/** Each attributed quotation as "speaker: words". */
function said(...paragraphs: string[]): string[] {
  const a = article(...paragraphs);
  return attributeQuotes(a.article, a.mentions, rolesIn(a.article, a.mentions)).map((q) => `${nameOf(q.speaker)}: ${q.text}`);
}

describe("quotes are attributed", () => {
  it("“…,” X said, and the quote that continues in the next sentence", () => {
    expect(said("“I told him that I had lost a son,” Witkoff said. “And that we were both members of a really bad club, parents who have buried children.” Witkoff’s son died in 2011.")).toEqual([
      "Steve Witkoff: I told him that I had lost a son,",
      "Steve Witkoff: And that we were both members of a really bad club, parents who have buried children.",
    ]);
  });

  it("X said: “…” and X remarked, “…”", () => {
    expect(said("At a rally, Andrzej Duda said: “Today I am unconditionally with him and his family.”")).toEqual(["Andrzej Duda: Today I am unconditionally with him and his family."]);
    expect(said("President Andrzej Duda remarked, “Today I am unconditionally with him and his family.”")).toEqual(["Andrzej Duda: Today I am unconditionally with him and his family."]);
  });

  it("“…,” said X, naming the person a title leads to rather than the organisation in it", () => {
    expect(said("“The mediators are seeking to capitalize on the momentum,” said Qatar foreign ministry spokesman Majed al-Ansari.")).toEqual([
      "Majed al-Ansari: The mediators are seeking to capitalize on the momentum,",
    ]);
  });

  it("told, stated and remarked after the quote, with a title or honorific before the name", () => {
    expect(said("“We will continue searching until we find it,” Navy spokesman Arba Agung told The Jakarta Post.")).toEqual(["Arba Agung: We will continue searching until we find it,"]);
    expect(said("“We are collaborating closely with them to ensure that the appropriate pressure is applied,” Mr. Ansari stated.")).toEqual([
      "Majed al-Ansari: We are collaborating closely with them to ensure that the appropriate pressure is applied,",
    ]);
    expect(said("“We have witnessed the effectiveness of US pressure,” Mr. Ansari remarked, referring to the January truce.")).toEqual([
      "Majed al-Ansari: We have witnessed the effectiveness of US pressure,",
    ]);
  });

  it("according to a person, but not according to a paper", () => {
    expect(said("“The talks will resume next week in Doha,” according to Majed al-Ansari.")).toEqual(["Majed al-Ansari: The talks will resume next week in Doha,"]);
    expect(said("“The talks will resume next week in Doha,” according to The New York Times.")).toEqual([]);
  });

  it("a quote interrupted by its tag, and “he went on” when the sentence before names one person", () => {
    expect(
      said("“We are not the ones who are going to write the check to rebuild what others destroyed,” Al Thani said during an onstage interview. “When you are talking about Gaza,” he went on, “Israel flattened this land.”"),
    ).toEqual([
      "Mohammed bin Abdulrahman Al Thani: We are not the ones who are going to write the check to rebuild what others destroyed,",
      "Mohammed bin Abdulrahman Al Thani: When you are talking about Gaza,",
      "Mohammed bin Abdulrahman Al Thani: Israel flattened this land.",
    ]);
  });

  it("“he concluded” resolved through the person named in the sentence before", () => {
    expect(said("Mr. Ansari pointed to the truce. “However, due to the potential for peace… we chose that path,” he concluded.")).toEqual([
      "Majed al-Ansari: However, due to the potential for peace… we chose that path,",
    ]);
  });

  it("a participle takes the main clause's subject", () => {
    expect(said("Leisha Riddell emphasized the need for boundaries, saying “this weekend, I'm becoming part of the crowd.”")).toEqual([
      "Leisha Riddell: this weekend, I'm becoming part of the crowd.",
    ]);
  });

  it("“the minister said” through the one person the article gives that title", () => {
    expect(said("Finance Minister Bezalel Smotrich spoke on Sunday. “We will not fund the reconstruction of Gaza,” the minister said.")).toEqual([
      "Bezalel Smotrich: We will not fund the reconstruction of Gaza,",
    ]);
  });

  it("a statement quoted over two paragraphs, introduced by “X writes:”", () => {
    expect(said("In comments online, Ken Gude writes:", "“The only conclusion I can reach is that the president must resign.", "That is the only explanation I can come up with. I have looked hard at every other one, and none of them holds.”")).toEqual([
      "Ken Gude: The only conclusion I can reach is that the president must resign. That is the only explanation I can come up with. I have looked hard at every other one, and none of them holds.",
    ]);
  });
});

describe("quotes are left unattributed", () => {
  it("a quote inside a quote is part of it, never a quotation of its own", () => {
    expect(said("“He told me ‘we will rebuild Gaza together’ and then he left the room,” Witkoff said.")).toEqual([
      "Steve Witkoff: He told me ‘we will rebuild Gaza together’ and then he left the room,",
    ]);
    expect(said("“He kept saying “stop the war now, please” all evening long,” Witkoff said.")).toEqual(["Steve Witkoff: He kept saying “stop the war now, please” all evening long,"]);
  });

  it("a headline in quotes", () => {
    expect(said("The New York Times ran the story under the headline “Qatar Will Not Pay For Gaza Rebuild,” Witkoff said.")).toEqual([]);
    expect(said("In an article headlined “Qatar will not pay for the rebuilding of Gaza,” the paper reported the talks.")).toEqual([]);
  });

  it("a scare quote", () => {
    expect(said("Witkoff dismissed the so-called ‘peace’ plan on Sunday.")).toEqual([]);
    expect(said("Witkoff said the so-called “peace process that nobody believes in” was over.")).toEqual([]);
    expect(said("Witkoff called it a “disaster” on Sunday.")).toEqual([]);
  });

  it("an unclear speaker", () => {
    expect(said("“We are not leaving this table until there is a deal,” one official said.")).toEqual([]);
    // Two people in the sentence before: "he" could be either.
    expect(said("Witkoff met Barnea in New York. “The talks went well for both sides,” he said.")).toEqual([]);
    // A quote that continues one whose speaker the text does not name stays unnamed, whatever follows.
    expect(said("“We are not leaving this table,” one official said. “There will be a deal.” “We hope so too,” Witkoff said.")).toEqual(["Steve Witkoff: We hope so too,"]);
  });
});
