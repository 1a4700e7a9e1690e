import { readFileSync } from "node:fs";
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
  it("lists automatically found entities, most mentioned first, with type, counts and context", () => {
    const r = project.run("entities", ["review"]);
    expect(r.status, r.stderr).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toMatch(/^nancy-pelosi\tperson\t5 mentions in 2 articles$/);
    expect(lines[1]).toMatch(/\[Nancy Pelosi\].*\(content\/raw\/[ab]\.txt\)/);
    expect(r.stdout).not.toMatch(/^kiribati/m);
    expect(project.run("entities", ["review", "--all"]).stdout).toMatch(/^kiribati\tplace\t1 mention in 1 article\t\(no page/m);
  });

  it("accepts an entity into the registry with the aliases seen, after which it is a registry entity", () => {
    const r = project.run("entities", ["accept", "nancy-pelosi"]);
    expect(r.status, r.stderr).toBe(0);
    const file = path.join(project.dir, "content/entities/nancy-pelosi.yml");
    const entity = parseEntityFile(file, readFileSync(file, "utf8"));
    expect(entity).toMatchObject({ id: "nancy-pelosi", name: "Nancy Pelosi", type: "person", origin: "registry" });
    expect(entity.aliases).toContain("Pelosi");
    expect(project.run("entities", ["review"]).stdout).not.toMatch(/^nancy-pelosi/m);
    const again = project.run("entities", ["accept", "nancy-pelosi"]);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/not an automatically found entity/);
  });
});
