// An edited article must update every page that shows any part of it, however indirectly (an
// entity's feed repeats the summary of each briefing it lists), exactly as a cold build would.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeProject, type Project } from "../helpers/project.js";
import { treeHashes } from "../helpers/tree.js";

const ARTICLE = "content/raw/000_0e7be6b793f56f29.txt";
// Inside the summary (the opening paragraph) but not the headline derived from its first words.
const edit = (text: string) => text.replace("the first of a series of trilateral", "the first of a planned series of trilateral");
// Pagefind's bundle is compared by what it finds elsewhere; here every page and feed must match.
const pages = (dir: string) => new Map([...treeHashes(dir)].filter(([f]) => !f.startsWith("pagefind/")));

describe("incremental build after an edit", () => {
  let project: Project;
  beforeAll(async () => {
    project = makeProject();
    const r = await project.run("build");
    expect(r.status, r.stderr).toBe(0);
  });
  afterAll(() => project.cleanup());

  it("re-renders every page and feed the edited summary reaches, as a cold build does", async () => {
    const original = readFileSync(path.join(project.dir, ARTICLE), "utf8");
    expect(edit(original)).not.toBe(original);
    project.write(ARTICLE, edit(original));
    const r = await project.run("build");
    expect(r.status, r.stderr).toBe(0);
    expect(Number(/(\d+) reused/.exec(r.stderr)?.[1])).toBeGreaterThan(0);
    const incremental = pages(path.join(project.dir, "_site"));

    const cold = makeProject();
    try {
      cold.write(ARTICLE, edit(original));
      const c = await cold.run("build");
      expect(c.status, c.stderr).toBe(0);
      const expected = pages(path.join(cold.dir, "_site"));
      expect([...incremental.keys()]).toEqual([...expected.keys()]);
      const stale = [...incremental].filter(([f, h]) => expected.get(f) !== h).map(([f]) => f);
      expect(stale).toEqual([]);
    } finally {
      cold.cleanup();
    }
  });
});
