import { describe, expect, it } from "vitest";
import { loadRecogniser, type NerSpan } from "../../transforms/ner/index.js";

const rec = loadRecogniser();
const find = (spans: NerSpan[], text: string): NerSpan | undefined => spans.find((s) => s.text === text);
const texts = (spans: NerSpan[]): string[] => spans.map((s) => s.text);

describe("span offsets", () => {
  it("slices exactly the input text, including curly quotes and newlines", () => {
    const input = "Friday, January 4, 2019\n\n“Qatar’s role is vital,” said Benjamin Netanyahu — in Doha.";
    const spans = rec.recognise(input);
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) expect(input.slice(s.start, s.end)).toBe(s.text);
  });
});

describe("titles and honorifics stay outside the name", () => {
  it("Prime Minister Benjamin Netanyahu → Benjamin Netanyahu, Israeli → Israel", () => {
    const spans = rec.recognise(
      "Israeli Prime Minister Benjamin Netanyahu will dispatch a working-level delegation to Doha",
    );
    expect(find(spans, "Benjamin Netanyahu")?.type).toBe("person");
    expect(find(spans, "Israeli")).toMatchObject({ type: "place", demonymOf: "Israel" });
    expect(find(spans, "Doha")?.type).toBe("place");
    expect(texts(spans).some((t) => t.includes("Minister"))).toBe(false);
  });

  it("Mr. Ansari and Mr Ansari → Ansari", () => {
    const spans = rec.recognise(
      "In an interview with AFP yesterday, Mr. Ansari mentioned that Doha, along with Gaza mediators in Washington and Cairo",
    );
    expect(find(spans, "Ansari")?.type).toBe("person");
    for (const place of ["Doha", "Washington", "Cairo"]) expect(find(spans, place)?.type).toBe("place");
    expect(texts(rec.recognise("Qatar’s foreign ministry spokesman, Mr Ansari, said talks continue."))).toContain("Ansari");
  });

  it("Master Sgt. Ran Gvili → Ran Gvili", () => {
    const spans = rec.recognise(
      "As of Sunday’s meeting, the body of one slain hostage, Master Sgt. Ran Gvili, remains in Gaza",
    );
    expect(find(spans, "Ran Gvili")?.type).toBe("person");
    expect(find(spans, "Gaza")?.type).toBe("place");
    expect(texts(spans)).not.toContain("Sunday");
  });

  it("US President Donald Trump → US (place) + Donald Trump", () => {
    const spans = rec.recognise("US President Donald Trump said the ceasefire would hold.");
    expect(find(spans, "US")?.type).toBe("place");
    expect(find(spans, "Donald Trump")?.type).toBe("person");
  });
});

describe("possessives and trailing punctuation stay outside", () => {
  it("Qatar’s → Qatar and Hamas' → Hamas", () => {
    const spans = rec.recognise("Qatar’s mediators met Hamas' negotiators in Cairo on Monday.");
    expect(find(spans, "Qatar")?.type).toBe("place");
    expect(texts(spans)).toContain("Hamas");
    expect(texts(spans).some((t) => /['’]/.test(t))).toBe(false);
  });
});

describe("demonyms are mentions of their country", () => {
  it("maps singular and plural demonyms to the country", () => {
    const spans = rec.recognise(
      "The Qatari envoy said Palestinians, Iranian officials and American diplomats would attend.",
    );
    expect(find(spans, "Qatari")).toMatchObject({ type: "place", demonymOf: "Qatar" });
    expect(find(spans, "Palestinians")).toMatchObject({ type: "place", demonymOf: "Palestine" });
    expect(find(spans, "Iranian")).toMatchObject({ type: "place", demonymOf: "Iran" });
    expect(find(spans, "American")).toMatchObject({ type: "place", demonymOf: "United States" });
  });
});

describe("multi-word names", () => {
  it("keeps particles inside names", () => {
    const spans = rec.recognise(
      "Qatari Prime Minister Mohammed bin Abdulrahman bin Jassim al-Thani spoke to Khalil al-Hayya by phone.",
    );
    expect(find(spans, "Mohammed bin Abdulrahman bin Jassim al-Thani")?.type).toBe("person");
    expect(find(spans, "Khalil al-Hayya")?.type).toBe("person");
  });

  it("keeps Sharm el-Sheikh whole", () => {
    const spans = rec.recognise("Witkoff and al-Hayya previously met in Sharm el-Sheikh, Egypt");
    expect(find(spans, "Sharm el-Sheikh")?.type).toBe("place");
    expect(find(spans, "Egypt")?.type).toBe("place");
  });

  it("finds multi-word organisations, with The only where it is part of the name", () => {
    const spans = rec.recognise(
      "The International Stabilization Force will deploy next month, The Times of Israel reported.",
    );
    expect(find(spans, "International Stabilization Force")?.type).toBe("organization");
    expect(find(spans, "The Times of Israel")?.type).toBe("organization");
  });

  it("does not split an unfamiliar name", () => {
    const spans = rec.recognise("Argentine coach Javier Pertile said the squad was ready.");
    expect(find(spans, "Javier Pertile")?.type).toBe("person");
    expect(texts(spans)).not.toContain("Javier");
    expect(texts(spans)).not.toContain("Pertile");
  });
});

describe("no junk", () => {
  it("skips weekdays, months, Phase, Shabbat and sentence-initial common words", () => {
    const spans = rec.recognise(
      "Friday, January 4, 2019\nDespite the delay, Phase two begins on Sunday. However, families observed Shabbat in Jerusalem.",
    );
    for (const junk of ["Friday", "January", "Despite", "Phase", "Sunday", "However", "Shabbat"]) {
      expect(texts(spans)).not.toContain(junk);
    }
    expect(find(spans, "Jerusalem")?.type).toBe("place");
  });

  it("repeats a surname introduced by a full name as the same person", () => {
    const spans = rec.recognise("Javier Pertile arrived on Monday.\nPertile said the team was ready.");
    expect(spans.filter((s) => s.text === "Pertile" && s.type === "person")).toHaveLength(1);
  });
});
