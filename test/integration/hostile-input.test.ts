// Hostile input: a build of the sample articles plus every hostile fixture (test/fixtures/hostile/):
// bad files are skipped or repaired with a notice naming them, the rest is published, nothing in an
// article becomes markup, and nothing is written outside the output folders.
import { cpSync, existsSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseDocument, DomUtils } from "htmlparser2";
import type { Element } from "domhandler";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeProject, ROOT, type Project } from "../helpers/project.js";
import { treeHashes } from "../helpers/tree.js";
import { htmlPages, redirectPages } from "../helpers/html.js";
import { singleLineArticle } from "../../scripts/lib/bench/huge.js";

interface Case {
  file: string;
  outcome: "published" | "skipped";
  notice?: string;
  slug?: string;
  title?: string;
  shows?: string[];
  links?: string[];
}
const FIXTURES = path.join(ROOT, "test/fixtures/hostile");
const { cases } = JSON.parse(readFileSync(path.join(FIXTURES, "cases.json"), "utf8")) as { cases: Case[] };
const SECRET = "TOP-SECRET-OUTSIDE-CONTENT";
const SAMPLES = readdirSync(path.join(ROOT, "content/raw")).filter((f) => f.endsWith(".txt"));
const HOSTILE_MARKER = /alert|__pwned|evil\.example|javascript:|on(?:error|load|mouseover|focus)|iframe|<style|http-equiv|\{\{|\{%/u;
/** What a build may write: its output, caches and generated input. Anything else changing is a leak. */
// content/entities/_published.txt is the committed record of published entity ids, which builds extend.
const BUILD_OUTPUTS = /^(?:_site\/|\.cache\/|content\/briefings\/|content\/_dossier\/|content\/entities\/_published\.txt$)/u;

/** Every file of the project except node_modules, with its hash; symlinks by their target. */
function projectTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [rel, hash] of treeHashes(dir)) if (!rel.startsWith("node_modules")) out.set(rel, hash);
  return out;
}

function articleText(html: string): string {
  const doc = parseDocument(html);
  const body = DomUtils.findOne((e) => e.attribs["data-pagefind-body"] !== undefined || e.name === "article", doc.children, true);
  return DomUtils.textContent(body ?? doc);
}

describe("hostile and broken input", () => {
  let project: Project;
  let outside: string;
  let build: { status: number; stdout: string; stderr: string };
  let before: Map<string, string>;
  const site = () => path.join(project.dir, "_site");
  const page = (slug: string) => readFileSync(path.join(site(), "briefings", slug, "index.html"), "utf8");

  beforeAll(async () => {
    project = makeProject();
    cpSync(path.join(FIXTURES, "raw"), path.join(project.dir, "content/raw"), { recursive: true });
    // Generated rather than committed: a 1 MB single line of real news text.
    project.write("content/raw/one-megabyte-line.txt", singleLineArticle(1.1 * 1024 * 1024));
    // A symlink out of content/raw must not publish what it points to.
    outside = mkdtempSync(path.join(tmpdir(), "dossier-outside-"));
    writeFileSync(path.join(outside, "secret.txt"), `${SECRET}\n\nThis file lives outside the project and must never be published.\n`);
    symlinkSync(path.join(outside, "secret.txt"), path.join(project.dir, "content/raw/symlink-outside.txt"));
    before = projectTree(project.dir);
    // CI sets CI=true, which makes any skip fatal; this build is the default, lenient one.
    build = await project.run("build", [], { CI: "" });
  }, 600_000);
  afterAll(() => {
    project.cleanup();
    rmSync(outside, { recursive: true, force: true });
  });

  it("exits 0 and ends with one summary line: published, warnings, skipped", () => {
    expect(build.status, build.stderr).toBe(0);
    const published = cases.filter((c) => c.outcome === "published").length + SAMPLES.length + 1;
    const skipped = cases.filter((c) => c.outcome === "skipped").length + 1;
    const last = build.stderr.trim().split("\n").at(-1)!;
    expect(last).toMatch(new RegExp(`^✓ ${published} published, \\d+ warnings, ${skipped} skipped: `, "u"));
    const warnings = build.stderr.split("\n").filter((l) => l.startsWith("warning: ")).length;
    expect(last).toContain(`, ${warnings} warnings,`);
  });

  it("names every skipped or repaired file with its reason, in plain words, with no stack trace", () => {
    for (const c of cases) {
      const lines = build.stderr.split("\n").filter((l) => l.startsWith(`warning: content/raw/${c.file}: `) || l.startsWith(`skipped: content/raw/${c.file}: `));
      if (c.notice) {
        expect(lines.length, `${c.file} has a notice`).toBeGreaterThan(0);
        expect(lines.join("\n"), c.file).toMatch(new RegExp(c.notice, "u"));
        expect(lines[0]!.startsWith(c.outcome === "skipped" ? "skipped:" : "warning:"), c.file).toBe(true);
      } else expect(lines, `${c.file} should pass without a notice`).toEqual([]);
    }
    expect(build.stderr).toMatch(/skipped: content\/raw\/symlink-outside\.txt: is a symbolic link to a file outside content\/raw\//);
    expect(build.stderr).toMatch(/warning: content\/raw\/one-megabyte-line\.txt: is 1\.\d MB, very long for one article/);
    expect(build.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/u);
  });

  it("publishes every good fixture and every sample, each at its own stable slug", () => {
    const briefings = readdirSync(path.join(site(), "briefings"));
    for (const c of cases.filter((x) => x.outcome === "published")) expect(briefings, c.file).toContain(c.slug);
    expect(briefings.length).toBe(cases.filter((c) => c.outcome === "published").length + SAMPLES.length + 1);
    for (const sample of SAMPLES) {
      const firstWords = readFileSync(path.join(ROOT, "content/raw", sample), "utf8").replace(/^\s*date \S+\s*/u, "").split(/\s+/u).slice(8, 13).join(" ");
      expect(briefings.some((slug) => DomUtils.textContent(parseDocument(page(slug))).replace(/\s+/gu, " ").includes(firstWords)), sample).toBe(true);
    }
    expect(page("storm-hits-the-coast")).toContain("Portugal");
    expect(page("storm-hits-the-coast-2")).toContain("Chile");
  });

  it("shows markup, template syntax and markdown in an article as the literal text it is", () => {
    for (const c of cases.filter((x) => x.shows)) {
      const text = articleText(page(c.slug!));
      for (const literal of c.shows!) expect(text, `${c.file}: ${literal}`).toContain(literal);
    }
    for (const c of cases.filter((x) => x.title)) {
      const doc = parseDocument(page(c.slug!));
      expect(DomUtils.textContent(DomUtils.findOne((e) => e.name === "title", doc.children, true)!), c.file).toContain(c.title);
      expect(DomUtils.textContent(DomUtils.findOne((e) => e.name === "h1", doc.children, true)!).trim(), c.file).toBe(c.title);
    }
  });

  it("builds no markup from article text on any page: no foreign script, frame, style, handler or javascript: link", () => {
    const pages = htmlPages(site());
    expect(pages.length).toBeGreaterThan(100);
    // Every hostile fixture carries one of these; a page without any cannot hold its markup, so only
    // pages with one are parsed (the 3,000 delegates' pages would otherwise take most of a minute).
    const moved = redirectPages(site());
    const marked = pages.filter((p) => !moved.has(p) && HOSTILE_MARKER.test(readFileSync(path.join(site(), p), "utf8")));
    expect(marked.length).toBeGreaterThan(20);
    for (const p of marked) {
      const doc = parseDocument(readFileSync(path.join(site(), p), "utf8"));
      const elements = DomUtils.findAll(() => true, doc.children) as Element[];
      for (const e of elements) {
        for (const [name, value] of Object.entries(e.attribs)) {
          expect(name.startsWith("on"), `${p}: <${e.name} ${name}>`).toBe(false);
          if (name === "href" || name === "src" || name === "action") expect(value, `${p}: ${name}`).not.toMatch(/^\s*(?:javascript|data|vbscript):/iu);
        }
        expect(["iframe", "object", "embed", "frame", "base"], `${p}: <${e.name}>`).not.toContain(e.name);
        if (e.name === "img" || e.name === "link" || e.name === "source") expect(e.attribs.src ?? e.attribs.href ?? "", `${p}: <${e.name}>`).not.toMatch(/evil\.example/u);
        if (e.name === "meta") expect(e.attribs["http-equiv"] ?? "", p).not.toMatch(/refresh/iu);
        // Our scripts only: the site's own files, our small inline theme script, and JSON-LD data whose
        // article text is JSON-escaped so it cannot close the script element.
        if (e.name === "script" && e.attribs.src === undefined) {
          const code = DomUtils.textContent(e);
          if (e.attribs.type === "application/ld+json") {
            expect(code, p).not.toContain("<");
            expect(() => JSON.parse(code) as unknown, p).not.toThrow();
          } else expect(code, `${p}: inline script`).not.toMatch(/alert|__pwned|evil\.example/u);
        }
      }
    }
  });

  it("links names that had invisible characters inside, as if they were typed cleanly", () => {
    for (const c of cases.filter((x) => x.links)) {
      const html = page(c.slug!);
      for (const id of c.links!) expect(html, `${c.file} links ${id}`).toContain(`href="/entities/${id}/"`);
    }
  });

  it("never publishes what a symlink outside content/ points to", () => {
    for (const file of readdirSync(site(), { recursive: true, withFileTypes: true })) {
      if (file.isFile() && /\.(?:html|xml|json|txt)$/u.test(file.name)) expect(readFileSync(path.join(file.parentPath, file.name), "utf8"), file.name).not.toContain(SECRET);
    }
  });

  it("writes nothing outside _site, its caches and generated input: front matter cannot move a page", () => {
    const after = projectTree(project.dir);
    const changed = [...new Set([...before.keys(), ...after.keys()])].filter((f) => before.get(f) !== after.get(f));
    expect(changed.filter((f) => !BUILD_OUTPUTS.test(f))).toEqual([]);
    // The permalink fixture aimed at ../../../../outside/ and /../../escaped/ from the output folder.
    for (const dir of [path.dirname(project.dir), path.dirname(path.dirname(project.dir)), site()]) {
      expect(existsSync(path.join(dir, "outside")), dir).toBe(false);
      expect(existsSync(path.join(dir, "escaped")), dir).toBe(false);
    }
    expect(existsSync(path.join(project.dir, "outside"))).toBe(false);
    expect(existsSync(path.join(site(), "escaped"))).toBe(false);
    // The symlink itself is left alone.
    expect(lstatSync(path.join(project.dir, "content/raw/symlink-outside.txt")).isSymbolicLink()).toBe(true);
  });

  it("fails with --strict, and under CI=true, when a file was skipped, leaving the site as it was", async () => {
    const site0 = treeHashes(site());
    for (const [args, env] of [[["--strict"], { CI: "" }], [[], { CI: "true" }]] as const) {
      const r = await project.run("build", [...args], env);
      expect(r.status, r.stderr).toBe(1);
      expect(r.stderr).toMatch(/skipped: content\/raw\/empty\.txt: is empty/);
      expect(r.stderr).toMatch(/strict mode \(--strict or CI=true\) allows none/);
      const skipped = cases.filter((c) => c.outcome === "skipped").length + 1;
      expect(r.stderr.trim().split("\n").at(-1)).toMatch(new RegExp(`^✗ build failed \\(0 published, \\d+ warnings, ${skipped} skipped\\); _site/ was left as it was$`, "u"));
    }
    expect(treeHashes(site())).toEqual(site0);
  });
});

describe("registry errors fail the build and name the file", () => {
  const registryCase = (dir: string, message: RegExp) => async () => {
    const project = makeProject({ entities: {} });
    try {
      cpSync(path.join(FIXTURES, "registry", dir), path.join(project.dir, "content/entities"), { recursive: true });
      const r = await project.run("build", [], { CI: "" });
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(existsSync(path.join(project.dir, "_site"))).toBe(false);
    } finally {
      project.cleanup();
    }
  };
  it("an unknown entity type", registryCase("unknown-type", /error: content\/entities\/acme\.yml: 'type' .*person.*organization.*place/u));
  it("a duplicate id", registryCase("duplicate-id", /error: content\/entities\/qatar\.yml: id 'qatar' is already used by content\/entities\/qatar\.yaml/u));
  it("one alias on two entities", registryCase("duplicate-alias", /error: content\/entities\/georgia-state\.yml: name or alias 'georgia' is already used by 'georgia-country'/u));
});
