import { describe, expect, it } from "vitest";
import { ingestText } from "../../transforms/ingest/index.js";
import { buildCorpus } from "../../transforms/corpus/pipeline.js";
import { loadRecogniser } from "../../transforms/ner/index.js";

const found = (text: string) =>
  buildCorpus([ingestText("t.txt", text)], [], { recogniser: loadRecogniser() }).articles[0]!.mentions.map((m) => `${m.text}/${m.type}`);

describe("recogniser output through the pipeline, on real article shapes", () => {
  it("does not count interview speaker labels as mentions", () => {
    const text = "Interview\n\nWikinews spoke to Akram Pasha about the study.\n\n((WN)) How did it start?\n\n((Akram Pasha)) With a grant.\n\nWN: And then?\n";
    const out = found(text);
    expect(out.filter((m) => m.startsWith("WN/"))).toEqual([]);
    expect(out.filter((m) => m.startsWith("Akram Pasha/"))).toHaveLength(1);
  });

  it("never ends a name with an office word, keeping the demonym", () => {
    expect(found("In late September, Netanyahu spoke to Qatari Prime Minister Mohammed bin Abdulrahman bin Jassim al-Thani in an Oval Office phone call.\n")).toEqual(
      expect.arrayContaining(["Qatari/place", "Mohammed bin Abdulrahman bin Jassim al-Thani/person"]),
    );
  });

  it("does not keep a compass word split off a demonym", () => {
    expect(found("(Arutz Sheva-Israel National News' North American desk is keeping you updated.)\n")).not.toContain("North/organization");
  });

  it("treats laws and their acronyms as documents, not organisations", () => {
    const out = found("GitHub received a Digital Millennium Copyright Act (DMCA) take-down notice. The DMCA notice was withdrawn.\n");
    expect(out.filter((m) => m.startsWith("DMCA") || m.includes("Act/"))).toEqual([]);
    expect(out).toContain("GitHub/organization");
  });

  it("files Turkey under one name whichever spelling an article uses", () => {
    const c = buildCorpus(
      [ingestText("a.txt", "Turkey hosted the talks in Ankara.\n"), ingestText("b.txt", "Türkiye said the talks in Ankara went well.\n")],
      [],
      { recogniser: loadRecogniser() },
    );
    const ids = c.articles.map((a) => a.mentions.find((m) => m.text.startsWith("T"))!.entityId);
    expect(ids[0]).toBe(ids[1]);
    expect(c.entities.get(ids[0]!)!.name).toBe("Turkey");
  });
});
