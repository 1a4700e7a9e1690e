import { readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeProject, type Project } from "../helpers/project.js";
import { treeHashes } from "../helpers/tree.js";

describe("build integrity", () => {
  let project: Project;
  let first: Map<string, string>;
  const site = () => path.join(project.dir, "_site");

  beforeAll(async () => {
    project = makeProject();
    const r = await project.run("build");
    expect(r.status, r.stderr).toBe(0);
    first = treeHashes(site());
  });
  afterAll(() => project.cleanup());

  it("is deterministic: a second build of the same input is byte-identical", async () => {
    project.remove("content/briefings");
    project.remove("content/_data/dossier.json");
    const r = await project.run("build");
    expect(r.status, r.stderr).toBe(0);
    const second = treeHashes(site());
    expect(second.size).toBeGreaterThan(50);
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [file, hash] of second) expect(hash, file).toBe(first.get(file));
  });

  it("fails on a broken registry file, names it and the reason, and leaves the previous site untouched", async () => {
    const before = treeHashes(site());
    project.write("content/entities/qatar.yml", "id: qatar\nname: [Qatar\n");
    const r = await project.run("build");
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/content\/entities\/qatar\.yml: is not valid YAML/);
    expect(r.stderr).toMatch(/_site\/ was left as it was/);
    expect(treeHashes(site())).toEqual(before);
    project.write("content/entities/qatar.yml", "id: qatar\nname: Qatar\ntype: place\ndescription: Country.\n");
  });

  it("skips an unreadable article with its name and reason and publishes the rest; --strict fails and publishes nothing", async () => {
    const before = treeHashes(site());
    project.write("content/raw/broken.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const strict = await project.run("build", ["--strict"], { CI: "" });
    expect(strict.status).toBe(1);
    expect(strict.stderr).toMatch(/skipped: content\/raw\/broken\.txt: is not text: it looks like a PNG image/);
    expect(treeHashes(site())).toEqual(before);
    expect(readdirSync(project.dir).filter((n) => n.startsWith("_site."))).toEqual([]);

    const lenient = await project.run("build", [], { CI: "" });
    expect(lenient.status, lenient.stderr).toBe(0);
    expect(lenient.stderr).toMatch(/skipped: content\/raw\/broken\.txt: is not text/);
    expect(lenient.stderr.trim().split("\n").at(-1)).toMatch(/^✓ 5 published, 0 warnings, 1 skipped: /);
    expect(readdirSync(path.join(site(), "briefings"))).toHaveLength(5);
    project.remove("content/raw/broken.txt");
  });
});
