import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { HtmlValidate } from "html-validate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeProject, type Project } from "../helpers/project.js";
import { withGulf } from "../helpers/desk.js";
import { htmlPages, readPage } from "../helpers/html.js";
import { searchSite } from "../helpers/search.js";
import { treeHashes } from "../helpers/tree.js";

/** The desk on the sample site: four corrections from the command line, then a build. */
describe("the desk's corrections, built", () => {
  let project: Project;
  const site = () => path.join(project.dir, "_site");
  const entitiesDir = () => path.join(project.dir, "content/entities");
  const briefings = () => htmlPages(site()).filter((p) => p.startsWith("/briefings/")).map((p) => readPage(site(), p));

  beforeAll(async () => {
    project = makeProject();
    withGulf(project);
    const first = await project.run("build");
    expect(first.status, first.stderr).toBe(0);
    const record = readFileSync(path.join(entitiesDir(), "_published.txt"), "utf8");
    expect(record).toMatch(/^gulf$/m);
    expect(record).toMatch(/^western-asia$/m);
  });
  afterAll(() => project?.cleanup());

  it("applies merge, reject, type and rename, each reporting in one line; a bad id or type changes nothing", async () => {
    const before = treeHashes(entitiesDir());
    const badId = await project.run("entities", ["merge", "gluf", "qatar"]);
    expect(badId.status).toBe(1);
    expect(badId.stderr).toMatch(/error: 'gluf' is not an entity id/);
    const badType = await project.run("entities", ["type", "oval-office", "building"]);
    expect(badType.status).toBe(1);
    expect(badType.stderr).toMatch(/error: unknown type 'building'/);
    expect(treeHashes(entitiesDir())).toEqual(before);

    const verbs: [string[], RegExp][] = [
      [["merge", "gulf", "qatar", "--note", "the Gulf state in these briefings is Qatar"], /^merged gulf \(Gulf, place, \d+ mentions\) into qatar .*wrote content\/entities\/gulf\.yml$/],
      [["reject", "western-asia"], /^rejected western-asia \(Western Asia, place, 1 mention\) .*_rejected\.yml$/],
      [["type", "oval-office", "organization"], /^typed oval-office \(Oval Office\) as organization, was place: wrote content\/entities\/oval-office\.yml$/],
      [["rename", "cbs", "CBS News"], /^renamed cbs from 'CBS' to 'CBS News' .*wrote content\/entities\/cbs\.yml$/],
    ];
    for (const [args, line] of verbs) {
      const r = await project.run("entities", args);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout.trim().split("\n")).toHaveLength(1);
      expect(r.stdout.trim()).toMatch(line);
    }
    const build = await project.run("build");
    expect(build.status, build.stderr).toBe(0);
    expect(build.stderr).toMatch(/and 2 redirects from content\/raw\//);
  });

  it("publishes the result: pages, links, redirects", async () => {
    const pages = htmlPages(site());
    // The removed pages answer with a redirect page, not an entity page.
    const gulf = readPage(site(), "/entities/gulf/");
    expect(gulf).toMatch(/<link rel="canonical" href="\/entities\/qatar\/">/);
    expect(gulf).toMatch(/<meta http-equiv="refresh" content="0; url=\/entities\/qatar\/">/);
    expect(gulf).not.toMatch(/entity-page/);
    const report = await new HtmlValidate({ extends: ["html-validate:recommended"] }).validateString(gulf);
    expect(report.results.flatMap((r) => r.messages.map((m) => m.message))).toEqual([]);
    expect(readPage(site(), "/entities/western-asia/")).toMatch(/<meta http-equiv="refresh" content="0; url=\/search\/\?q=Western%20Asia">/);
    expect(readFileSync(path.join(site(), "_redirects"), "utf8")).toMatch(/^\/entities\/gulf\/ \/entities\/qatar\/ 301\n\/entities\/western-asia\/ \/search\/\?q=Western%20Asia 301$/m);
    // Mentions follow: "Gulf" is Qatar now, "Western Asia" is plain text, no link leads to a removed page.
    const all = briefings().join("\n");
    expect(all).toMatch(/data-entity="qatar"[^>]*>Gulf</);
    expect(all).not.toMatch(/data-entity="(gulf|western-asia)"/);
    expect(all).toMatch(/located in Western Asia, occupying/);
    expect(readPage(site(), "/entities/qatar/")).toMatch(/Also written as.*Gulf/s);
    expect(readPage(site(), "/entities/oval-office/")).toMatch(/Organisation/);
    expect(readPage(site(), "/entities/cbs/")).toMatch(/<h1[^>]*>CBS News<\/h1>/);
    expect(readPage(site(), "/entities/")).not.toMatch(/href="\/entities\/(gulf|western-asia)\/"/);
    expect(pages).toContain("/entities/cbs/index.html");
    // The desk lives in the dev server only.
    expect(pages.filter((p) => p.startsWith("/review/"))).toEqual([]);
    expect(pages.map((p) => readPage(site(), p)).filter((html) => html.includes("__desk"))).toEqual([]);
    expect(readFileSync(path.join(site(), "sitemap.xml"), "utf8")).not.toMatch(/entities\/gulf\//);
  });

  it("indexes the result for search: the renamed page under its new name, the removed pages nowhere", async () => {
    const [renamed, rejected, merged] = await searchSite(site(), [{ term: "CBS News" }, { term: "Western Asia" }, { term: "Gulf" }]);
    expect(renamed!.hits.map((h) => h.url)).toContain("/entities/cbs/");
    for (const r of [renamed!, rejected!, merged!]) expect(r.hits.map((h) => h.url).filter((u) => /entities\/(gulf|western-asia)\//.test(u))).toEqual([]);
    expect(merged!.hits.map((h) => h.url)).toContain("/entities/qatar/");
  });

  it("applies the same decisions in annotate --json", async () => {
    const r = await project.run("annotate", ["--json", "content/raw/004_64001abcc88f1d3c.txt"]);
    expect(r.status, r.stderr).toBe(0);
    const record = JSON.parse(r.stdout) as { mentions: { text: string; entity: string }[]; entities: { id: string }[] };
    expect(Object.keys(record).sort()).toEqual(["date", "entities", "file", "mentions", "slug", "title"]);
    expect(record.entities.map((e) => e.id)).not.toContain("gulf");
    expect(r.stdout).toMatch(/"text":"Gulf"[^}]*"qatar"|"qatar"[^}]*"text":"Gulf"/);
  });

  it("a fresh clone with the decision files builds the same site", async () => {
    const clone = makeProject({ entities: {} });
    try {
      clone.remove("content/entities");
      for (const name of ["gulf.yml", "_rejected.yml", "oval-office.yml", "cbs.yml", "_published.txt", "qatar.yml"]) expect(existsSync(path.join(entitiesDir(), name)), name).toBe(true);
      // Everything in content/ is what git holds; the build's caches are not copied.
      for (const dir of ["content/entities", "content/raw"]) {
        const src = path.join(project.dir, dir);
        for (const [rel] of treeHashes(src)) clone.write(path.join(dir, rel), readFileSync(path.join(src, rel)));
      }
      const r = await clone.run("build");
      expect(r.status, r.stderr).toBe(0);
      const ours = treeHashes(site());
      const theirs = treeHashes(path.join(clone.dir, "_site"));
      expect([...theirs.keys()]).toEqual([...ours.keys()]);
      for (const [file, hash] of theirs) expect(hash, file).toBe(ours.get(file));
    } finally {
      clone.cleanup();
    }
  });
});
