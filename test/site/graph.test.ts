import { describe, expect, it } from "vitest";
import { parseDocument, DomUtils } from "htmlparser2";
import { graphSummary, graphSvg, neighbourhood, type GraphEntity } from "../../transforms/site/graph.js";

const centre: GraphEntity = {
  id: "qatar",
  name: "Qatar",
  type: "place",
  coMentions: [
    { id: "hamas", name: "Hamas", type: "organization", count: 5 },
    { id: "witkoff", name: "Steve Witkoff", type: "person", count: 4 },
    { id: "doha", name: "Doha", type: "place", count: 1 },
  ],
};

const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe("neighbourhood", () => {
  it("puts the entity in the middle with an edge to each co-mention, weighted by shared briefings", () => {
    const g = neighbourhood(centre);
    expect(g.nodes.map((n) => n.id)).toEqual(["qatar", "hamas", "witkoff", "doha"]);
    expect(g.nodes[0]!.centre).toBe(true);
    expect(g.edges).toEqual([
      { from: "qatar", to: "hamas", weight: 5 },
      { from: "qatar", to: "witkoff", weight: 4 },
      { from: "qatar", to: "doha", weight: 1 },
    ]);
  });

  it("places neighbours that share more briefings nearer the centre", () => {
    const [c, hamas, witkoff, doha] = neighbourhood(centre).nodes;
    // Compare on the ellipse's own scale: the ring is wider than tall.
    const r = (n: typeof c) => Math.hypot((n!.x - c!.x) / 1.4, n!.y - c!.y);
    expect(r(hamas)).toBeLessThan(r(witkoff));
    expect(r(witkoff)).toBeLessThan(r(doha));
    expect(dist(c!, hamas!)).toBeGreaterThan(0);
  });

  it("keeps at most `max` neighbours, strongest first, and is deterministic", () => {
    const many: GraphEntity = {
      ...centre,
      coMentions: Array.from({ length: 20 }, (_, i) => ({ id: `e${i}`, name: `E ${i}`, type: "person" as const, count: 20 - i })),
    };
    const g = neighbourhood(many, 8);
    expect(g.nodes).toHaveLength(9);
    expect(g.nodes.at(-1)!.id).toBe("e7");
    expect(neighbourhood(many, 8)).toEqual(g);
  });
});

describe("graphSvg", () => {
  it("draws a shape per type with an accessible title and description", () => {
    const g = neighbourhood(centre);
    const svg = graphSvg(g, { id: "graph-qatar" })!;
    const doc = parseDocument(svg, { xmlMode: true });
    const shapes = DomUtils.findAll((e) => (e.attribs.class ?? "").split(" ").includes("graph-node"), doc.children);
    expect(shapes.map((s) => s.name)).toEqual(["polygon", "rect", "circle", "polygon"]);
    expect(DomUtils.findAll((e) => e.name === "line", doc.children)).toHaveLength(3);
    const root = DomUtils.findOne((e) => e.name === "svg", doc.children)!;
    expect(root.attribs.role).toBe("img");
    for (const id of root.attribs["aria-labelledby"]!.split(" ")) expect(DomUtils.findOne((e) => e.attribs.id === id, doc.children)).toBeTruthy();
    const desc = DomUtils.textContent(DomUtils.findOne((e) => e.name === "desc", doc.children)!);
    expect(desc).toBe(graphSummary(g));
    expect(desc).toContain("Hamas (5 briefings)");
    expect(desc).toContain("Doha (1 briefing)");
  });

  it("keeps every label inside the frame and escapes names", () => {
    const wide: GraphEntity = {
      ...centre,
      coMentions: Array.from({ length: 8 }, (_, i) => ({ id: `e${i}`, name: `<b>Mohammed bin Abdulrahman ${i}</b>`, type: "person" as const, count: 1 + i })),
    };
    const svg = graphSvg(neighbourhood(wide), { id: "g" })!;
    expect(svg).not.toContain("<b>");
    const doc = parseDocument(svg, { xmlMode: true });
    const [, , w] = DomUtils.findOne((e) => e.name === "svg", doc.children)!.attribs.viewBox!.split(" ").map(Number);
    for (const t of DomUtils.findAll((e) => e.name === "text", doc.children)) {
      const x = Number(t.attribs.x);
      const half = DomUtils.textContent(t).length * 3.4;
      expect(x - half).toBeGreaterThanOrEqual(0);
      expect(x + half).toBeLessThanOrEqual(w!);
    }
  });

  it("draws nothing for an entity mentioned with no other", () => {
    expect(graphSvg(neighbourhood({ ...centre, coMentions: [] }), { id: "g" })).toBeNull();
  });
});
