// The data behind every page (`_site/api/`) on the sample site, built with an origin and a path
// prefix: every file has exactly the documented fields, every URL in them resolves to a built page,
// and the dossiers the issue asks for are there, in the files and on the pages.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { buildSite, read, type BuiltSite } from "../quality/site.js";

const ORIGIN = "https://dossier.example";
const PREFIX = "/desk/";

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u).nullable();
const url = z.string().startsWith(`${ORIGIN}${PREFIX}`);
const entity = {
  id: z.string().min(1),
  name: z.string().min(1),
  type: z.enum(["person", "organization", "place"]),
  aliases: z.array(z.string()),
  description: z.string(),
  wikidata: z.string().nullable(),
  url,
  // A registry entity no briefing mentions yet still has its page.
  mentions: z.number().int().nonnegative(),
  first_seen: day,
  last_seen: day,
};
const Entities = z.array(z.strictObject({ ...entity, articles: z.number().int().nonnegative() }));
const Detail = z.strictObject({
  ...entity,
  roles: z.array(z.strictObject({ text: z.string().min(1), count: z.number().int().positive(), articles: z.array(z.string()).min(1) })),
  quotes: z.array(z.strictObject({ text: z.string().min(1), article: z.string(), date: day })),
  co_mentions: z.array(z.strictObject({ id: z.string(), count: z.number().int().positive() })),
  articles: z.array(z.strictObject({ slug: z.string(), title: z.string(), date: day, url, mentions: z.number().int().positive() })),
});
const Articles = z.array(
  z.strictObject({ slug: z.string(), title: z.string(), date: day, url, source: z.string().nullable(), entities: z.array(z.strictObject({ id: z.string(), count: z.number().int().positive() })) }),
);

let site: BuiltSite;
const api = (rel: string) => readFileSync(path.join(site.dir, "api", rel), "utf8");
const json = (rel: string): unknown => JSON.parse(api(rel));

beforeAll(async () => {
  site = await buildSite({ origin: ORIGIN, prefix: PREFIX });
}, 300_000);
afterAll(() => site?.project.cleanup());

describe("api/ on the sample site", () => {
  it("holds files that match their schemas, one detail file per entity page", () => {
    const entities = Entities.parse(json("entities.json"));
    const pages = readdirSync(path.join(site.dir, "entities"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
    expect(entities.map((e) => e.id).sort()).toEqual(pages);
    for (const e of entities) Detail.parse(json(`entities/${e.id}.json`));
    expect(readdirSync(path.join(site.dir, "api/entities")).length).toBe(entities.length);
    Articles.parse(json("articles.json"));
    const csv = api("entities.csv").split("\r\n");
    expect(csv[0]).toBe("id,label,type,aliases,description,wikidata,url,articles,mentions,first_seen,last_seen");
    expect(csv.filter(Boolean).length).toBe(entities.length + 1);
    const edges = api("co-mentions.csv").split("\r\n").filter(Boolean);
    expect(edges[0]).toBe("source,target,weight");
    const ids = new Set(entities.map((e) => e.id));
    for (const line of edges.slice(1)) {
      const [s, t, w] = line.split(",");
      expect(ids.has(s!) && ids.has(t!) && Number(w) > 0, line).toBe(true);
    }
  });

  it("has URLs that all resolve to built pages, under SITE_URL and PATH_PREFIX", () => {
    const urls = new Set<string>();
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) k === "url" ? urls.add(x as string) : walk(x);
    };
    walk(json("entities.json"));
    walk(json("articles.json"));
    for (const f of readdirSync(path.join(site.dir, "api/entities"))) walk(json(`entities/${f}`));
    expect(urls.size).toBeGreaterThan(50);
    for (const u of urls) {
      expect(u.startsWith(`${ORIGIN}${PREFIX}`), u).toBe(true);
      expect(() => read(site.dir, `/${u.slice(`${ORIGIN}${PREFIX}`.length)}`), u).not.toThrow();
    }
  });

  it("is linked from the entity index", () => {
    const index = read(site.dir, "/entities/");
    for (const f of ["entities.json", "entities.csv", "co-mentions.csv", "articles.json"]) expect(index).toContain(`href="${PREFIX}api/${f}"`);
  });
});

describe("dossiers on the sample site", () => {
  const detail = (id: string) => Detail.parse(json(`entities/${id}.json`));

  it("Steve Witkoff: his roles and his quote about losing a son", () => {
    const d = detail("steve-witkoff");
    expect(d.roles.map((r) => r.text)).toEqual(expect.arrayContaining(["US envoy", "US envoy for peace missions"]));
    expect(d.quotes.map((q) => q.text)).toContain("I told him that I had lost a son");
    const page = read(site.dir, "/entities/steve-witkoff/");
    expect(page).toContain("Described as");
    expect(page).toContain("US envoy for peace missions");
    expect(page).toContain("In their words");
    expect(page).toContain("I told him that I had lost a son");
  });

  it("Mohammed bin Abdulrahman Al Thani: not the ones to write the check", () => {
    expect(detail("mohammed-bin-abdulrahman-al-thani").quotes[0]!.text).toMatch(/^We are not the ones who are going to write the check/u);
    expect(read(site.dir, "/entities/mohammed-bin-abdulrahman-al-thani/")).toContain("We are not the ones who are going to write the check");
  });

  it("Majed al-Ansari: his quotes, dated, with first and last seen", () => {
    const d = detail("majed-al-ansari");
    expect(d.quotes.map((q) => q.text)).toEqual(expect.arrayContaining(["We have witnessed the effectiveness of US pressure", "Qatar had the option to escalate"]));
    expect(d.quotes.every((q) => q.date === "2025-06-28")).toBe(true);
    expect([d.first_seen, d.last_seen]).toEqual(["2025-06-28", "2025-06-28"]);
    const page = read(site.dir, "/entities/majed-al-ansari/");
    expect(page).toContain("We have witnessed the effectiveness of US pressure");
    expect(page).toContain("First seen");
  });

  it("Khalil al-Hayya: described as Hamas's chief negotiator", () => {
    expect(detail("khalil-al-hayya").roles.map((r) => r.text)).toContain("Hamas's chief negotiator");
    expect(read(site.dir, "/entities/khalil-al-hayya/")).toContain("Hamas&#39;s chief negotiator");
  });

  it("links each quotation in a briefing to its speaker", () => {
    const slug = (Articles.parse(json("articles.json")).find((a) => a.title.startsWith("Steve Witkoff, the US envoy")) ?? { slug: "" }).slug;
    const page = read(site.dir, `/briefings/${slug}/`);
    expect(page).toMatch(/<span class="quote" data-speaker="steve-witkoff">I told him that I had lost a son,<\/span><a href="\/desk\/entities\/steve-witkoff\/" class="quote-by"/u);
  });
});
