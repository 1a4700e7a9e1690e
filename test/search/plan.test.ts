// When a build may append its new pages to the last full search index (transforms/search/plan.ts).
import { describe, expect, it } from "vitest";
import { appendLimit, planIndex, summariseSorts, type BaseSummary } from "../../transforms/search/plan.js";
import { readPage, sortValues, type PageRecord } from "../../transforms/search/pages.js";

const page = (file: string, hash = "h", date = "2025-01-01", weight = ""): PageRecord => ({
  file,
  hash,
  extras: [`data-pagefind-sort="date:${date}"`, ...(weight ? [`data-pagefind-weight="${weight}"`] : [])].join("\n"),
  stat: "",
});
const pages = Array.from({ length: 100 }, (_, i) => page(`p/${String(i).padStart(3, "0")}/index.html`, `h${i}`, `2025-01-${String((i % 28) + 1).padStart(2, "0")}`));
const base: BaseSummary = { pages: new Map(pages.map((p) => [p.file, p])), sorts: summariseSorts(pages) };
const none = new Map<string, string>();

describe("planIndex", () => {
  it("appends new pages that sort after the indexed ones, listing changed pages to check", () => {
    const now = [...pages.slice(0, 99), page(pages[99]!.file, "changed", "2025-01-16"), page("q/new/index.html", "n", "2025-02-01")];
    expect(planIndex(base, now, none)).toEqual({ kind: "append", changed: [pages[99]!.file], added: ["q/new/index.html"] });
    // A changed page already found to index as before is not checked again.
    expect(planIndex(base, now, new Map([[pages[99]!.file, "changed"]]))).toEqual({ kind: "append", changed: [], added: ["q/new/index.html"] });
  });

  it("indexes in full without a base, when indexed pages went, or their sort or weight attributes changed", () => {
    expect(planIndex(null, pages, none)).toEqual({ kind: "full", reason: "no earlier full index" });
    expect(planIndex(base, pages.slice(1), none)).toEqual({ kind: "full", reason: "1 indexed page removed" });
    const resorted = pages.map((p, i) => (i === 5 ? page(p.file, "x", "2024-12-31") : p));
    expect(planIndex(base, resorted, none)).toMatchObject({ kind: "full", reason: "1 indexed page's sort or weight attributes changed" });
    const reweighted = pages.map((p, i) => (i === 5 ? { ...page(p.file, "x", "2025-01-06", "3") } : p));
    expect(planIndex(base, reweighted, none)).toMatchObject({ kind: "full" });
  });

  it("indexes in full when a new page sorts among the indexed ones or too many are new", () => {
    expect(planIndex(base, [...pages, page("q/old/index.html", "o", "2025-01-02")], none)).toMatchObject({ kind: "full", reason: expect.stringMatching(/q\/old\/index\.html sorts among/) });
    expect(planIndex(base, [...pages, page("q/num/index.html", "o", "20250301")], none)).toMatchObject({ kind: "full" });
    const many = Array.from({ length: appendLimit(100) + 1 }, (_, i) => page(`r/${i}/index.html`, "n", "2025-03-01"));
    expect(planIndex(base, [...pages, ...many], none)).toMatchObject({ kind: "full", reason: expect.stringMatching(/more than the 50 appended/) });
    expect(planIndex(base, [...pages, ...many.slice(1)], none)).toMatchObject({ kind: "append" });
  });

  it("summarises sort keys as Pagefind orders them: by UTF-8 bytes, as numbers only if every value is one", () => {
    expect(summariseSorts([page("a", "1", "2025-01-02"), page("b", "2", "2024-12-31")])).toEqual({ date: { max: "2025-01-02", numeric: false } });
    expect(summariseSorts([page("a", "1", "10"), page("b", "2", "9")])).toEqual({ date: { max: "9", numeric: true } });
  });
});

describe("readPage", () => {
  it("sees data-pagefind-body only on an element, and keeps the sort and weight attributes", () => {
    const html = (body: string) => readPage(Buffer.from(`<html><body>${body}</body></html>`));
    expect(html(`<main data-pagefind-body data-pagefind-sort="date:2025-01-02"><h1 data-pagefind-weight="7">T</h1></main>`)).toMatchObject({
      body: true,
      extras: 'data-pagefind-sort="date:2025-01-02"\ndata-pagefind-weight="7"',
    });
    expect(html(`<main><p>Write data-pagefind-body on the element.</p><a title="x data-pagefind-body">y</a></main>`).body).toBe(false);
    expect(html(`<main data-pagefind-body="">x</main>`).body).toBe(true);
  });

  it("reads key:value sort attributes and refuses the forms it cannot read", () => {
    expect(sortValues('data-pagefind-sort="date:2025-01-02"\ndata-pagefind-weight="7"')).toEqual(new Map([["date", "2025-01-02"]]));
    expect(sortValues('data-pagefind-sort="title:A &amp; B"')).toEqual(new Map([["title", "A & B"]]));
    expect(sortValues('data-pagefind-sort="date"')).toBeNull();
    expect(sortValues('data-pagefind-sort="date[data-date]"')).toBeNull();
  });
});
