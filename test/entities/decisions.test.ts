import { describe, expect, it } from "vitest";
import { parsePublished, redirectsFor, formatPublished } from "../../transforms/site/redirects.js";
import { publishedCorpus } from "../../transforms/corpus/pipeline.js";
import { decide, QATAR } from "../helpers/desk.js";

const folder = (extra: Record<string, string>) => new Map([["qatar.yml", QATAR], ...Object.entries(extra)]);

describe("decision files: conflicts fail the build with the file and the reason", () => {
  it("a merge into a rejected entity", () => {
    const d = decide(folder({ "springfield.yml": "id: springfield\nname: Springfield\ninto: qatar\n", "_rejected.yml": "- { id: qatar, names: [Qatar] }\n" }));
    expect(d.folderErrors).toEqual(["content/entities/springfield.yml: merges 'springfield' into 'qatar', which content/entities/_rejected.yml rejects"]);
  });

  it("a merge cycle", () => {
    const d = decide(folder({ "j-doe.yml": "id: j-doe\nname: J. Doe\ninto: john-doe\n", "john-doe.yml": "id: john-doe\nname: John Doe\ninto: j-doe\n" }));
    expect(d.folderErrors.join("\n")).toMatch(/content\/entities\/j-doe\.yml: merge cycle: j-doe → john-doe → j-doe/);
  });

  it("an unknown type", () => {
    const d = decide(folder({ "acme.yml": "id: acme\nname: Acme\ntype: company\ndescription: A firm.\n" }));
    expect(d.folderErrors).toEqual(["content/entities/acme.yml: 'type' must be person, organization or place"]);
  });

  it("an id that no longer exists", () => {
    const d = decide(folder({ "j-doe.yml": "id: j-doe\nname: J. Doe\ninto: jonathan-doe\n" }));
    expect(d.errors.map((e) => e.message)).toEqual(["content/entities/j-doe.yml: merges 'j-doe' into 'jonathan-doe', an id that no longer exists"]);
  });

  it("a malformed rejection line", () => {
    const d = decide(folder({ "_rejected.yml": "- { note: why }\n" }));
    expect(d.folderErrors).toEqual(["content/entities/_rejected.yml: entry 1: the entry needs an 'id' or a 'name'"]);
  });

  it("a merge whose source no longer appears is a warning, not an error", () => {
    const d = decide(folder({ "jane-roe.yml": "id: jane-roe\nname: Jane Roe\ninto: qatar\n" }));
    expect(d.errors).toEqual([]);
    expect(d.folderErrors).toEqual([]);
    expect(d.warnings).toEqual([{ file: "content/entities/jane-roe.yml", reason: "merges 'jane-roe' into 'qatar', but 'jane-roe' no longer appears" }]);
  });

  it("follows merge chains to their end, and finds a merged entity by name when its id has shifted", () => {
    const d = decide(folder({ "j-doe.yml": "id: j-doe\nname: J. Doe\ninto: john-doe\n", "john-doe.yml": "id: john-doe\nname: John Doe\ninto: qatar\naliases: []\n", "old-id.yml": "id: old-id\nname: Springfield\ninto: qatar\n" }));
    expect(d.errors).toEqual([]);
    const ids = new Set(d.corpus.articles.flatMap((a) => a.mentions.filter((m) => ["J. Doe", "John Doe", "Springfield"].includes(m.text)).map((m) => m.entityId)));
    expect([...ids]).toEqual(["qatar"]);
    expect(d.moved.get("springfield")).toEqual({ to: "qatar", name: "Springfield" });
  });
});

describe("published ids and redirects", () => {
  it("sends a merged id to its target and a rejected or vanished one to search for its name", () => {
    const d = decide(folder({ "j-doe.yml": "id: j-doe\nname: J. Doe\ninto: john-doe\n", "_rejected.yml": "- { id: golden-globe, names: [Golden Globe] }\n" }));
    const record = parsePublished(formatPublished(["john-doe", "j-doe", "golden-globe", "long-gone-2"]));
    expect(record).toEqual(["golden-globe", "j-doe", "john-doe", "long-gone-2"]);
    expect(redirectsFor(record, publishedCorpus(d.corpus), d.corpus, d.moved)).toEqual([
      { id: "golden-globe", to: "/search/?q=Golden%20Globe", name: "Golden Globe" },
      { id: "j-doe", to: "/entities/john-doe/", name: "J. Doe" },
      { id: "long-gone-2", to: "/search/?q=long%20gone", name: "long gone" },
    ]);
  });
});
