import { readFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { nameKey } from "../../transforms/entities/normalise.js";
import { ROOT, makeProject, type Project } from "../helpers/project.js";

interface Record {
  file: string;
  slug: string;
  title: string;
  date: string | null;
  entities: { id: string; name: string; type: string; count: number }[];
  mentions: { start: number; end: number; text: string; type: string; entity: string }[];
}
interface Gold {
  articles: { seed: string; required: { name: string; type: string; aliases: string[] }[]; optional: { name: string; type: string; aliases: string[] }[] }[];
}

function annotate(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, ["--import", "tsx", "scripts/annotate.ts", "--json", ...args], { cwd, encoding: "utf8" });
  return { status: r.status, stderr: r.stderr, records: r.stdout.trim().split("\n").filter(Boolean).map((l) => JSON.parse(l) as Record) };
}

function withoutBom(file: string): string {
  return readFileSync(file, "utf8").replace(/^\uFEFF/, "");
}

describe("annotate --json on the sample articles", () => {
  const gold = JSON.parse(readFileSync(path.join(ROOT, "test/fixtures/seed-entities.json"), "utf8")) as Gold;
  const { records, status } = annotate(["content/raw"]);

  it("prints one record per article and exits 0", () => {
    expect(status).toBe(0);
    expect(records.map((r) => path.basename(r.file)).sort()).toEqual(gold.articles.map((a) => a.seed).sort());
  });

  for (const g of gold.articles) {
    it(`${g.seed}: links every required entity and nothing outside required ∪ optional`, () => {
      const rec = records.find((r) => r.file.endsWith(g.seed))!;
      const found = new Map(rec.entities.map((e) => [nameKey(e.name), e.type]));
      for (const req of g.required) {
        expect(found.has(nameKey(req.name)), `missing ${req.name}`).toBe(true);
        expect(found.get(nameKey(req.name))).toBe(req.type);
      }
      // The gold lists each entity's surface forms too ("North American" for North America).
      const allowed = new Set([...g.required, ...g.optional].flatMap((e) => [e.name, ...e.aliases]).map(nameKey));
      expect([...found.keys()].filter((k) => !allowed.has(k))).toEqual([]);
    });
  }

  it("holds the offset contract for every mention", () => {
    for (const rec of records) {
      const text = withoutBom(path.join(ROOT, rec.file));
      for (const m of rec.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      const counted = rec.entities.reduce((n, e) => n + e.count, 0);
      expect(counted).toBe(rec.mentions.length);
    }
  });
});

describe("annotate --json contract on awkward files", () => {
  let project: Project;
  beforeAll(() => {
    project = makeProject({
      raw: {
        "bom-crlf.txt": "\uFEFFQatar talks resume\r\n\r\nFriday, January 4, 2019\r\n\r\nQatar’s envoy met Hamas in Doha.\r\nHamas said yes.\r\n",
        "front.txt": "---\ntitle: Talks\ndate: 2024-05-01\n---\ndate 2025-06-28 Israeli officials met Qatari officials.\n",
        "bad.txt": " \n\t\n",
        "odd-date.txt": "---\ndate: never\n---\nQatar.\n",
      },
    });
  });
  afterAll(() => project.cleanup());

  it("indexes the text without its BOM, through front matter and date lines, and reports bad files by name", () => {
    const { records, status, stderr } = annotate(["content/raw"], project.dir);
    expect(status).toBe(1);
    expect(stderr).toMatch(/error: content\/raw\/bad\.txt: has no text/);
    expect(stderr).toMatch(/warning: content\/raw\/odd-date\.txt: front matter 'date' must be a real YYYY-MM-DD day/);
    expect(records).toHaveLength(3);
    for (const rec of records.filter((r) => !r.file.endsWith("odd-date.txt"))) {
      const text = withoutBom(path.join(project.dir, rec.file));
      expect(rec.mentions.length).toBeGreaterThan(1);
      for (const m of rec.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
    }
    const front = records.find((r) => r.file.endsWith("front.txt"))!;
    expect(front).toMatchObject({ title: "Talks", date: "2024-05-01" });
    expect(front.mentions.map((m) => m.entity)).toEqual(["israel", "qatar"]);
  });

  it("uses an empty --registry folder as no registry", () => {
    project.write("empty/.keep", "");
    const { records } = annotate(["--registry", "empty", "content/raw/front.txt"], project.dir);
    expect(records).toHaveLength(1);
    expect(records[0]!.file).toBe("content/raw/front.txt");
  });
});
