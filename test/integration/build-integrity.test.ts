import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeProject, type Project } from "../helpers/project.js";
import { treeHashes } from "../helpers/tree.js";

describe("build integrity", () => {
  let project: Project;
  let first: Map<string, string>;
  const site = () => path.join(project.dir, "_site");

  beforeAll(() => {
    project = makeProject();
    const r = project.run("build");
    expect(r.status, r.stderr).toBe(0);
    first = treeHashes(site());
  });
  afterAll(() => project.cleanup());

  it("is deterministic: a second build of the same input is byte-identical", () => {
    project.remove("content/briefings");
    project.remove("content/_data/dossier.json");
    const r = project.run("build");
    expect(r.status, r.stderr).toBe(0);
    const second = treeHashes(site());
    expect(second.size).toBeGreaterThan(50);
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [file, hash] of second) expect(hash, file).toBe(first.get(file));
  });

  it("fails on a broken registry file, names it and the reason, and leaves the previous site untouched", () => {
    const before = treeHashes(site());
    project.write("content/entities/qatar.yml", "id: qatar\nname: [Qatar\n");
    const r = project.run("build");
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/content\/entities\/qatar\.yml: is not valid YAML/);
    expect(r.stderr).toMatch(/_site\/ was left as it was/);
    expect(treeHashes(site())).toEqual(before);
    project.write("content/entities/qatar.yml", "id: qatar\nname: Qatar\ntype: place\ndescription: Country.\n");
  });

  it("fails on a bad article, names it, publishes nothing half-built and leaves no temporary folders", () => {
    const before = treeHashes(site());
    project.write("content/raw/broken.txt", new Uint8Array([0x51, 0x61, 0xff, 0xfe, 0x74]));
    const r = project.run("build");
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/content\/raw\/broken\.txt: is not valid UTF-8/);
    expect(treeHashes(site())).toEqual(before);
    expect(readdirSync(project.dir).filter((n) => n.startsWith("_site."))).toEqual([]);
    project.remove("content/raw/broken.txt");
  });
});
