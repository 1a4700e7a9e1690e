import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEntityFile } from "../../transforms/entities/registry.js";
import { makeProject, type Project } from "../helpers/project.js";

describe("npm run entities: the review queue", () => {
  let project: Project;
  beforeAll(() => {
    project = makeProject({
      entities: {},
      raw: {
        "a.txt": "Pelosi re-elected\n\nNancy Pelosi was elected Speaker of the House on Thursday. Pelosi thanked colleagues.\n",
        "b.txt": "Budget talks\n\nSpeaker Nancy Pelosi met Senate leaders in Washington. Pelosi said a deal was near.\n",
        "c.txt": "Storm\n\nA storm hit Kiribati on Monday.\n",
      },
    });
  });
  afterAll(() => project.cleanup());

  // Five: the headline "Pelosi re-elected" counts too.
  it("lists automatically found entities, most mentioned first, with type, counts and context", async () => {
    const r = await project.run("entities", ["review"]);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toMatch(/^nancy-pelosi\tperson\t5 mentions in 2 articles$/);
    expect(lines[1]).toMatch(/\[Nancy Pelosi\].*\(content\/raw\/[ab]\.txt\)/);
    expect(r.stdout).not.toMatch(/^kiribati/m);
    expect((await project.run("entities", ["review", "--all"])).stdout).toMatch(/^kiribati\tplace\t1 mention in 1 article\t\(no page/m);
  });

  it("accepts an entity into the registry with the aliases seen, after which it is a registry entity", async () => {
    const r = await project.run("entities", ["accept", "nancy-pelosi"]);
    expect(r.status, r.stderr).toBe(0);
    const file = path.join(project.dir, "content/entities/nancy-pelosi.yml");
    const entity = parseEntityFile(file, readFileSync(file, "utf8"));
    expect(entity).toMatchObject({ id: "nancy-pelosi", name: "Nancy Pelosi", type: "person", origin: "registry" });
    expect(entity.aliases).toContain("Pelosi");
    expect((await project.run("entities", ["review"])).stdout).not.toMatch(/^nancy-pelosi/m);
    const again = await project.run("entities", ["accept", "nancy-pelosi"]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/not an automatically found entity/);
  });
});

describe("npm run entities: the desk's verbs", () => {
  let project: Project;
  beforeAll(() => {
    project = makeProject({
      entities: {},
      raw: {
        "a.txt": "Pelosi re-elected\n\nNancy Pelosi was elected Speaker of the House on Thursday. Pelosi thanked colleagues in Washington.\n",
        "b.txt": "Budget talks\n\nSpeaker Nancy Pelosi met Senate leaders in Washington. Pelosi said a deal was near.\n",
      },
    });
  });
  afterAll(() => project.cleanup());
  const files = () => readdirSync(path.join(project.dir, "content/entities")).sort();

  it("suggest --json prints one JSON object a line, each with the command that applies it", async () => {
    const r = await project.run("entities", ["suggest", "--json"]);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.trim().split("\n").filter(Boolean).map((l) => JSON.parse(l) as { command: string; entities: unknown[] });
    for (const s of lines) expect(s.command).toMatch(/^npm run entities -- (merge|type|reject) /);
    expect(r.stderr).toMatch(/^\d+ suggestions, most likely first$/m);
  });

  it("rejects one spelling, then undoes it; usage errors exit 2 and bad ids exit 1, changing nothing", async () => {
    expect((await project.run("entities", ["merge", "nancy-pelosi"])).status).toBe(2);
    const bad = await project.run("entities", ["reject", "nobody"]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/error: 'nobody' is not an entity id/);
    expect(files()).toEqual([]);
    const r = await project.run("entities", ["reject", "nancy-pelosi", "--name", "Pelosi", "--note", "the surname alone is ambiguous"]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^rejected the spelling 'Pelosi' of nancy-pelosi: wrote content\/entities\/_rejected\.yml\n$/);
    expect(readFileSync(path.join(project.dir, "content/entities/_rejected.yml"), "utf8")).toMatch(/^- \{ name: Pelosi, of: nancy-pelosi, note: the surname alone is ambiguous \}$/m);
    const annotated = await project.run("annotate", ["--json", "content/raw/a.txt"]);
    expect(annotated.stdout).not.toMatch(/"text":"Pelosi"/);
    expect(annotated.stdout).toMatch(/"text":"Nancy Pelosi"/);
    const u = await project.run("entities", ["undo", "nancy-pelosi"]);
    expect(u.stdout).toMatch(/^undid the decisions naming nancy-pelosi: wrote content\/entities\/_rejected\.yml\n$/);
    expect((await project.run("annotate", ["--json", "content/raw/a.txt"])).stdout).toMatch(/"text":"Pelosi"/);
  });
});
