import { describe, expect, it } from "vitest";
import { loadRecogniser, type NerSpan } from "../../transforms/ner/index.js";

// Sentences of the kinds British and business news print, where a span used to hold two names,
// a description, or something that is no entity at all.
const rec = loadRecogniser();
const pairs = (text: string): [string, string][] => rec.recognise(text).map((s: NerSpan) => [s.text, s.type]);
const texts = (text: string): string[] => rec.recognise(text).map((s) => s.text);

describe("one span per name", () => {
  it("splits a coordination of two companies", () => {
    expect(pairs("Toyota and General Motors announced a joint venture on Tuesday.")).toEqual([
      ["Toyota", "organization"],
      ["General Motors", "organization"],
    ]);
  });

  it("keeps names whose 'and' is their own", () => {
    expect(texts("The Department of Health and Human Services issued guidance.")).toEqual(["Department of Health and Human Services"]);
    expect(texts("The Food and Drug Administration approved the drug.")).toEqual(["Food and Drug Administration"]);
    expect(texts("The Bill and Melinda Gates Foundation gave money.")).toEqual(["Bill and Melinda Gates Foundation"]);
    expect(texts("Bosnia and Herzegovina and Croatia signed the deal.")).toEqual(["Bosnia and Herzegovina", "Croatia"]);
  });

  it("cuts a headline at its verb", () => {
    expect(texts("Apple Corps sues Apple over iTunes logo")).toEqual(["Apple Corps", "Apple"]);
  });

  it("ends a name at a corporate suffix or a facility glued to the next name", () => {
    expect(pairs("Chrysler LLC Jim Press said the company would cut jobs.")).toEqual([
      ["Chrysler LLC", "organization"],
      ["Jim Press", "person"],
    ]);
    expect(texts("Passengers at Heathrow Airport Boeing jets were delayed.")).toEqual(["Heathrow Airport", "Boeing"]);
  });

  it("keeps a newspaper's 'The' and its head word", () => {
    expect(pairs("The Washington Post reported the leak on Friday.")).toEqual([["The Washington Post", "organization"]]);
  });

  it("keeps 'upon' inside a place name", () => {
    expect(texts("Newcastle upon Tyne is in England.")).toContain("Newcastle upon Tyne");
  });
});

describe("descriptions stay outside a person's name", () => {
  it.each([
    ["Chancellor of the Exchequer Gordon Brown said the economy was strong.", "Gordon Brown"],
    ["Sprinter Kelly Holmes won gold in Athens.", "Kelly Holmes"],
    ["Briton Tim Henman lost in the second round.", "Tim Henman"],
    ["Blairite Alan Milburn is to return to the cabinet.", "Alan Milburn"],
    ["Deputy PM John Prescott visited Hull.", "John Prescott"],
    ["Tory chancellor Ken Clarke attacked the plan.", "Ken Clarke"],
  ])("%s", (sentence, name) => {
    const people = rec.recognise(sentence).filter((s) => s.type === "person");
    expect(people.map((s) => s.text)).toEqual([name]);
  });
});

describe("party words", () => {
  it("'Labour MPs' is the party, not a person", () => {
    expect(pairs("The Lib Dems said the plan had failed, and Labour MPs agreed.")).toEqual([
      ["Lib Dems", "organization"],
      ["Labour", "organization"],
    ]);
  });

  it("a lone party adjective is no mention", () => {
    expect(texts("Lib Dem leader Charles Kennedy spoke in Brighton.")).toEqual(["Charles Kennedy", "Brighton"]);
  });
});

describe("awards, events and table headers are no entities", () => {
  it.each([
    ["She won an Oscar for the role.", []],
    ["Henman reached the Grand Slam final.", ["Henman"]],
    ["W L T PF PA", []],
  ])("%s", (sentence, names) => {
    expect(texts(sentence)).toEqual(names);
  });
});

describe("clubs named after their city", () => {
  it("are organisations in a match report", () => {
    const spans = pairs("Barcelona beat Real Madrid 2-1 in the league at the Nou Camp. Arsenal drew 1-1 with Chelsea on Sunday, a late goal from their striker saving a point.");
    expect(spans).toContainEqual(["Barcelona", "organization"]);
    expect(spans).toContainEqual(["Real Madrid", "organization"]);
    expect(spans).toContainEqual(["Arsenal", "organization"]);
  });

  it("are organisations in results lines, and every name there is found", () => {
    const text = "Premier league results on Saturday:\nLeeds 2 Chelsea 0\nLiverpool 3 Everton 1\n";
    expect(pairs(text)).toEqual([
      ["Leeds", "organization"],
      ["Chelsea", "organization"],
      ["Liverpool", "organization"],
      ["Everton", "organization"],
    ]);
    expect(pairs("Standings:\nW L T PF PA\nBUFFALO 9 7 0 320 301\n")).toEqual([["BUFFALO", "organization"]]);
  });

  it("a city and a nickname is a team in a sport article, the city alone stays a place", () => {
    const text =
      "National Basketball Association suspends season due to COVID-19 concerns\n\nOn Wednesday, the United States' National Basketball Association (NBA) suspended its professional basketball season due to concerns regarding COVID-19. The NBA's decision followed a Utah Jazz player testing positive for the COVID-19 virus. " +
      "The NBA did not release the identity of the player in question in its announcement. They did say he was not present at Chesapeake Energy Arena in Oklahoma City, where the Utah Jazz were to play against the Oklahoma City Thunder.";
    const spans = pairs(text);
    expect(spans).toContainEqual(["Oklahoma City Thunder", "organization"]);
    expect(spans).toContainEqual(["Oklahoma City", "place"]);
  });

  it("stay places outside sport, where a score is a vote", () => {
    expect(pairs("The Senate voted 53-47 against the bill. Biden won Michigan and Wisconsin, and Trump won Florida.")).toEqual([
      ["Senate", "organization"],
      ["Biden", "person"],
      ["Michigan", "place"],
      ["Wisconsin", "place"],
      ["Trump", "person"],
      ["Florida", "place"],
    ]);
    expect(pairs("She was born in Leeds and studied in Barcelona.")).toEqual([
      ["Leeds", "place"],
      ["Barcelona", "place"],
    ]);
  });
});
