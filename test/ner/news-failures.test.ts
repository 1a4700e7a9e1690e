import { describe, expect, it } from "vitest";
import { loadRecogniser, type NerSpan } from "../../transforms/ner/index.js";
import { sentenceBounds, tokenize } from "../../transforms/ner/tokenize.js";

// Real sentences from the sample news articles (content/raw) where the recogniser used to fail.
const rec = loadRecogniser();
const find = (spans: NerSpan[], text: string): NerSpan | undefined => spans.find((s) => s.text === text);
const texts = (spans: NerSpan[]): string[] => spans.map((s) => s.text);

describe("calendar words never end up inside a name", () => {
  it("The Times of Israel on Friday → The Times of Israel", () => {
    const spans = rec.recognise("A US official told The Times of Israel on Friday that the agreement would be signed.");
    expect(find(spans, "The Times of Israel")?.type).toBe("organization");
    expect(texts(spans).some((t) => /Friday/.test(t))).toBe(false);
  });
});

describe("multi-word job titles are titles", () => {
  it("National Security Adviser Michael Waltz → person Michael Waltz", () => {
    const spans = rec.recognise(
      "The meeting came after Netanyahu met with US special envoy Steve Witkoff and National Security Adviser Michael Waltz at Blair House.",
    );
    expect(find(spans, "Michael Waltz")?.type).toBe("person");
    expect(find(spans, "Steve Witkoff")?.type).toBe("person");
    expect(texts(spans).some((t) => /Adviser/.test(t))).toBe(false);
  });
});

describe("hyphenated pairs of places split", () => {
  it("Israel-Iran ceasefire → Israel + Iran", () => {
    const input = "Officials raised questions regarding US enforcement of the Israel-Iran ceasefire.";
    const spans = rec.recognise(input);
    expect(find(spans, "Israel")?.type).toBe("place");
    expect(find(spans, "Iran")?.type).toBe("place");
    expect(texts(spans)).not.toContain("Israel-Iran");
    for (const s of spans) expect(input.slice(s.start, s.end)).toBe(s.text);
  });

  it("keeps hyphenated names that are not pairs of places", () => {
    expect(tokenize("Coca-Cola").map((t) => t.text)).toEqual(["Coca-Cola"]);
    expect(texts(rec.recognise("Khalil al-Hayya met Hamas officials."))).toContain("Khalil al-Hayya");
  });
});

describe("organisations without a tell-tale head word", () => {
  it("AFP", () => {
    const spans = rec.recognise("In an interview with AFP yesterday, Mr. Ansari mentioned that Doha remained in contact.");
    expect(find(spans, "AFP")?.type).toBe("organization");
  });

  it("The Times of Israel at the start of a sentence", () => {
    const spans = rec.recognise("The Times of Israel reports that Kushner and Witkoff felt 'betrayed' by the strike.");
    expect(find(spans, "The Times of Israel")?.type).toBe("organization");
    expect(texts(spans)).not.toContain("Israel");
  });

  it("The New Arab", () => {
    const spans = rec.recognise("The New Arab provides additional context on the talks in Cairo.");
    expect(find(spans, "The New Arab")?.type).toBe("organization");
  });

  it("Likud in a party's full name", () => {
    const spans = rec.recognise(
      "Benjamin Netanyahu is an Israeli politician who has served as the Chairman of the Likud – National Liberal Movement since 2005.",
    );
    expect(find(spans, "Likud")?.type).toBe("organization");
    expect(find(spans, "Benjamin Netanyahu")?.type).toBe("person");
  });

  it("Religious Zionism party → Religious Zionism", () => {
    const spans = rec.recognise(
      "Finance Minister Bezalel Smotrich, leader of the Religious Zionism party, called the deal a disaster.",
    );
    expect(find(spans, "Religious Zionism")?.type).toBe("organization");
    expect(find(spans, "Bezalel Smotrich")?.type).toBe("person");
  });
});

describe("unknown multi-word organisations and bracketed acronyms", () => {
  it("Federal Security Service (FSB), Investigative Committee, Emergencies Ministry", () => {
    const spans = rec.recognise(
      "According to the Federal Security Service (FSB), the suspects were detained. Russia's Investigative Committee opened a case, and the Emergencies Ministry said 20 people died. The FSB did not comment.",
    );
    expect(find(spans, "Federal Security Service")?.type).toBe("organization");
    expect(spans.filter((s) => s.text === "FSB" && s.type === "organization")).toHaveLength(2);
    expect(find(spans, "Investigative Committee")?.type).toBe("organization");
    expect(find(spans, "Emergencies Ministry")?.type).toBe("organization");
  });
});

describe("sentence splitting", () => {
  it("does not end a sentence after a middle initial", () => {
    const text = "Adnan Z. Amin, General Director of the agency, spoke.";
    const toks = tokenize(text);
    expect(sentenceBounds(text, toks)).toEqual([0, toks.length]);
  });
});

describe("wikinews junk and glued labels", () => {
  it("party labels, sentence-initial function words, storms and airports", () => {
    const spans = rec.recognise(
      [
        "Louisiana declares state of emergency as Tropical Storm Barry approaches U.S. coast",
        "The senate seat from Colorado due for election next year is that of incumbent Republican Cory Gardner.",
        "For the Democratic Party, Super Tuesday is to include 14 states, as well as the territory of American Samoa.",
        "Blumenthal said the NTSB would begin an investigation at Bradley Airport, led by Board Member Jennifer Homendy.",
      ].join("\n"),
    );
    expect(find(spans, "Cory Gardner")?.type).toBe("person");
    expect(find(spans, "Democratic Party")?.type).toBe("organization");
    expect(find(spans, "Bradley Airport")?.type).toBe("place");
    expect(texts(spans).some((t) => /Barry|^For /.test(t))).toBe(false);
  });
});
