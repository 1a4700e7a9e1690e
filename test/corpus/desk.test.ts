import { entityId } from "../../transforms/model.js";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { DeskError, merge, reject, rename, retype, undo } from "../../transforms/corpus/desk.js";
import { after, decide, deskOf, idsIn, QATAR } from "../helpers/desk.js";

const start = new Map([["qatar.yml", QATAR]]);
const step = (files: Map<string, string>, verb: (d: ReturnType<typeof deskOf>) => { changes: { name: string; text: string | null }[]; message: string }) => {
  const outcome = verb(deskOf(files));
  return { files: after(files, outcome.changes), outcome };
};
const yamlOf = (files: Map<string, string>, name: string) => parse(files.get(name)!) as Record<string, unknown>;

describe("entities merge", () => {
  it("merges an automatic entity into another: the target is written into the registry, the source keeps its names there", () => {
    const { files, outcome } = step(start, (d) => merge(d, "j-doe", "john-doe", "same man"));
    expect(outcome.message).toMatch(/^merged j-doe \(J\. Doe, person, 2 mentions\) into john-doe .*wrote content\/entities\/john-doe\.yml, wrote content\/entities\/j-doe\.yml$/);
    expect(yamlOf(files, "john-doe.yml")).toMatchObject({ id: "john-doe", name: "John Doe", type: "person", was: { auto: true } });
    expect(yamlOf(files, "j-doe.yml")).toEqual({ id: "j-doe", name: "J. Doe", into: "john-doe", aliases: [], note: "same man" });
    const d = decide(files);
    expect(d.errors).toEqual([]);
    expect(idsIn(d, "a1.txt")).toContain("J. Doe=john-doe");
    expect(d.corpus.entities.has(entityId("j-doe"))).toBe(false);
    expect(d.corpus.entities.get(entityId("john-doe"))!.aliases).toContain("J. Doe");
    expect(d.moved.get("j-doe")).toEqual({ to: "john-doe", name: "J. Doe" });
  });

  it("merges an automatic entity into a registry entity with one small file, and a registry entity with an `into:` line", () => {
    const a = step(start, (d) => merge(d, "springfield", "qatar"));
    expect([...a.files.keys()].sort()).toEqual(["qatar.yml", "springfield.yml"]);
    expect(a.files.get("qatar.yml")).toBe(QATAR);
    expect(idsIn(decide(a.files), "a2.txt")).toContain("Springfield=qatar");
    const b = step(start, (d) => merge(d, "qatar", "acme-corp"));
    expect(yamlOf(b.files, "qatar.yml")).toMatchObject({ id: "qatar", into: "acme-corp", type: "place" });
    expect(idsIn(decide(b.files), "a0.txt")).toContain("Qatar=acme-corp");
  });

  it("refuses a bad id, a merge into itself and a merge cycle, changing nothing", () => {
    expect(() => merge(deskOf(start), "nobody", "john-doe")).toThrow(/'nobody' is not an entity id/);
    expect(() => merge(deskOf(start), "john-doe", "john-doe")).toThrow(DeskError);
    const { files } = step(start, (d) => merge(d, "j-doe", "john-doe"));
    expect(() => merge(deskOf(files), "john-doe", "j-doe")).toThrow(/'j-doe' is not an entity id/);
  });
});

describe("entities reject", () => {
  it("rejects an entity and its names everywhere: no entity, no mention, the text stays", () => {
    const { files, outcome } = step(start, (d) => reject(d, "golden-globe", undefined, "an award"));
    expect(outcome.message).toMatch(/^rejected golden-globe \(Golden Globe, person, 2 mentions\) and its names 'Golden Globe': wrote content\/entities\/_rejected\.yml$/);
    expect(files.get("_rejected.yml")).toMatch(/^- \{ id: golden-globe, names: \[ Golden Globe \], note: an award \}$/m);
    const d = decide(files);
    expect(d.corpus.entities.has(entityId("golden-globe"))).toBe(false);
    expect(d.corpus.articles.flatMap((a) => a.mentions).some((m) => m.text === "Golden Globe")).toBe(false);
    expect(d.corpus.articles.find((a) => a.article.file === "a1.txt")!.article.text).toContain("Golden Globe");
    expect(d.moved.get("golden-globe")).toEqual({ to: null, name: "Golden Globe" });
  });

  it("rejects a registry entity too, and with --name only one spelling", () => {
    const a = step(start, (d) => reject(d, "qatar", undefined));
    expect(decide(a.files).corpus.entities.has(entityId("qatar"))).toBe(false);
    const b = step(start, (d) => reject(d, "united-nations", "UN"));
    const d = decide(b.files);
    expect(idsIn(d, "a0.txt")).toEqual(expect.arrayContaining(["United Nations=united-nations"]));
    expect(idsIn(d, "a0.txt").some((m) => m.startsWith("UN="))).toBe(false);
    expect(() => reject(deskOf(start), "united-nations", "Nations United")).toThrow(/no mention of 'united-nations' reads 'Nations United'/);
  });

  it("refuses to reject an entity that a merge goes into", () => {
    const { files } = step(start, (d) => merge(d, "springfield", "qatar"));
    expect(() => reject(deskOf(files), "qatar", undefined)).toThrow(/would break the build: .*springfield\.yml: merges 'springfield' into 'qatar', which .*_rejected\.yml rejects/);
  });
});

describe("entities type and rename", () => {
  it("retypes an automatic entity by accepting it with the new type, and a registry entity in place", () => {
    const a = step(start, (d) => retype(d, "acme-corp", "place"));
    expect(a.outcome.message).toMatch(/^typed acme-corp \(Acme Corp\) as place, was organization: wrote content\/entities\/acme-corp\.yml$/);
    expect(decide(a.files).corpus.entities.get(entityId("acme-corp"))).toMatchObject({ type: "place", origin: "registry", description: expect.stringMatching(/^Place first seen in/) });
    const b = step(start, (d) => retype(d, "qatar", "organization"));
    expect(yamlOf(b.files, "qatar.yml")).toMatchObject({ type: "organization", was: { type: "place" } });
    expect(() => retype(deskOf(start), "qatar", "country")).toThrow(/unknown type 'country'/);
    expect(() => retype(deskOf(start), "qatar", "place")).toThrow(/already a place/);
  });

  it("renames: the old name becomes an alias, the id (and URL) stay", () => {
    const { files, outcome } = step(start, (d) => rename(d, "john-doe", "John Q. Doe"));
    expect(outcome.message).toMatch(/^renamed john-doe from 'John Doe' to 'John Q\. Doe'/);
    const e = decide(files).corpus.entities.get(entityId("john-doe"))!;
    expect(e).toMatchObject({ id: "john-doe", name: "John Q. Doe" });
    expect(e.aliases).toContain("John Doe");
    const r = step(start, (d) => rename(d, "qatar", "State of Qatar"));
    expect(yamlOf(r.files, "qatar.yml")).toMatchObject({ name: "State of Qatar", aliases: ["Qatar"], was: { name: "Qatar" } });
  });
});

describe("entities undo", () => {
  it("takes back every decision naming the id, restoring the files as they were", () => {
    let files = start;
    files = step(files, (d) => retype(d, "qatar", "organization")).files;
    files = step(files, (d) => rename(d, "qatar", "Qatar State")).files;
    files = step(files, (d) => merge(d, "springfield", "qatar")).files;
    const { files: back, outcome } = step(files, (d) => undo(d, "qatar"));
    expect(outcome.message).toMatch(/^undid the decisions naming qatar: /);
    expect(parse(back.get("qatar.yml")!)).toEqual(parse(QATAR));
    expect(back.has("springfield.yml")).toBe(false);
    const rejected = step(start, (d) => reject(d, "golden-globe", undefined)).files;
    const restored = step(rejected, (d) => undo(d, "golden-globe")).files;
    expect(decide(restored).corpus.entities.has(entityId("golden-globe"))).toBe(true);
    expect(() => undo(deskOf(start), "qatar")).toThrow(/no decision names 'qatar'/);
  });

  it("undoes a merge into an accepted entity by removing both files", () => {
    const merged = step(start, (d) => merge(d, "j-doe", "john-doe")).files;
    const back = step(merged, (d) => undo(d, "john-doe")).files;
    expect([...back.keys()]).toEqual(["qatar.yml"]);
  });
});
