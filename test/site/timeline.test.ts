import { describe, expect, it } from "vitest";
import { parseDocument, DomUtils } from "htmlparser2";
import { timelineChart, timelineSummary } from "../../transforms/site/timeline.js";

const svgOf = (svg: string) => parseDocument(svg, { xmlMode: true });

describe("timelineChart", () => {
  it("draws one bar per dated day, taller for more mentions, in date order", () => {
    const { svg } = timelineChart(
      [
        { date: "2025-06-28", count: 6 },
        { date: "2025-05-01", count: 2 },
        { date: "2025-06-01", count: 3 },
      ],
      { name: "Qatar", undated: 0, id: "t" },
    );
    const doc = svgOf(svg!);
    const bars = DomUtils.findAll((e) => e.name === "rect", doc.children);
    expect(bars).toHaveLength(3);
    const xs = bars.map((b) => Number(b.attribs.x));
    expect([...xs].sort((a, b) => a - b)).toEqual(xs);
    const heights = bars.map((b) => Number(b.attribs.height));
    expect(heights[2]).toBeGreaterThan(heights[1]!);
    expect(heights[1]).toBeGreaterThan(heights[0]!);
    // A true time axis: May 1 → June 1 is about as wide as June 1 → June 28 (31 vs 27 days).
    expect((xs[1]! - xs[0]!) / (xs[2]! - xs[1]!)).toBeCloseTo(31 / 27, 1);
  });

  it("is an accessible image: role, title and description wired up with aria-labelledby", () => {
    const { svg, summary } = timelineChart([{ date: "2025-06-28", count: 6 }], { name: "Qatar", undated: 31, id: "timeline-qatar" });
    const doc = svgOf(svg!);
    const root = DomUtils.findOne((e) => e.name === "svg", doc.children)!;
    expect(root.attribs.role).toBe("img");
    const ids = root.attribs["aria-labelledby"]!.split(" ");
    for (const id of ids) expect(DomUtils.findOne((e) => e.attribs.id === id, doc.children), id).toBeTruthy();
    const desc = DomUtils.findOne((e) => e.name === "desc", doc.children)!;
    expect(DomUtils.textContent(desc)).toBe(summary);
    expect(summary).toContain("28 June 2025");
    expect(summary).toContain("31 mentions in undated briefings");
  });

  it("escapes names, so an entity called </svg><script> stays text", () => {
    const { svg } = timelineChart([{ date: "2025-01-02", count: 1 }], { name: `</svg><script>alert("x")</script>`, undated: 0, id: "t" });
    expect(svg).not.toContain("<script>");
    const title = DomUtils.findOne((e) => e.name === "title", svgOf(svg!).children)!;
    expect(DomUtils.textContent(title)).toContain(`<script>alert("x")</script>`);
  });

  it("draws nothing without dated mentions but still says so in words", () => {
    const chart = timelineChart([], { name: "Qatar", undated: 4, id: "t" });
    expect(chart.svg).toBeNull();
    expect(chart.summary).toMatch(/No dated mentions/);
    expect(chart.summary).toMatch(/4 mentions in undated/);
  });
});

describe("timelineSummary", () => {
  it("names the span and the busiest day", () => {
    const s = timelineSummary(
      [
        { date: "2025-05-01", count: 2 },
        { date: "2025-06-01", count: 9 },
        { date: "2025-06-28", count: 1 },
      ],
      0,
    );
    expect(s).toBe("12 dated mentions on 3 days from 1 May 2025 to 28 June 2025; the most, 9, on 1 June 2025.");
  });
});
