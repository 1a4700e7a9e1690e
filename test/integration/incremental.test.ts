// A build reuses the pages whose inputs did not change (scripts/lib/render-site.ts). Reuse must be
// invisible: whatever was reused, the site is byte for byte the one a cold build makes.
import { readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeProject, ROOT, type Project } from "../helpers/project.js";
import { treeHashes } from "../helpers/tree.js";

const ADDED = readFileSync(path.join(ROOT, "test/fixtures/news-gold/texts/wikinews_2020_002.txt"), "utf8");
const reusedOf = (stderr: string) => Number(/(\d+) reused/.exec(stderr)?.[1] ?? NaN);
const renderedOf = (stderr: string) => Number(/(\d+) pages rendered/.exec(stderr)?.[1] ?? NaN);

describe("incremental build", () => {
  let project: Project;
  let original: Map<string, string>;
  const site = () => path.join(project.dir, "_site");
  const build = () => {
    const r = project.run("build");
    expect(r.status, r.stderr).toBe(0);
    return r.stderr;
  };

  beforeAll(() => {
    project = makeProject();
    build();
    original = treeHashes(site());
  });
  afterAll(() => project.cleanup());

  it("after adding an article, re-renders only some pages and equals a cold build", () => {
    project.write("content/raw/added.txt", ADDED);
    const log = build();
    expect(reusedOf(log)).toBeGreaterThan(0);
    const incremental = treeHashes(site());

    const cold = makeProject();
    try {
      cold.write("content/raw/added.txt", ADDED);
      const r = cold.run("build");
      expect(r.status, r.stderr).toBe(0);
      expect(reusedOf(r.stderr)).toBe(0);
      const expected = treeHashes(path.join(cold.dir, "_site"));
      expect([...incremental.keys()]).toEqual([...expected.keys()]);
      for (const [file, hash] of incremental) expect(hash, file).toBe(expected.get(file));
    } finally {
      cold.cleanup();
    }
  });

  it("after deleting that article, its page is gone and the site is the original one again", () => {
    const page = [...treeHashes(site()).keys()].find((f) => f.startsWith("briefings/") && !original.has(f));
    expect(page).toBeDefined();
    project.remove("content/raw/added.txt");
    build();
    expect(existsSync(path.join(site(), page!))).toBe(false);
    const now = treeHashes(site());
    expect([...now.keys()]).toEqual([...original.keys()]);
    for (const [file, hash] of now) expect(hash, file).toBe(original.get(file));
  });

  it("re-renders every page when a layout changes", () => {
    const layout = path.join(project.dir, "layouts/base.njk");
    project.write("layouts/base.njk", readFileSync(layout, "utf8").replace("</footer>", "<p>Layout edited.</p></footer>"));
    const log = build();
    expect(reusedOf(log)).toBe(0);
    expect(renderedOf(log)).toBeGreaterThan(0);
    const briefing = [...treeHashes(site()).keys()].find((f) => f.startsWith("briefings/"))!;
    expect(readFileSync(path.join(site(), briefing), "utf8")).toContain("Layout edited.");
  });
});
