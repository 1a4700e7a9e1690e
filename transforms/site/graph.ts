import type { EntityType } from "../model.js";
import { escapeXml, truncate } from "./escape.js";

/** What the graph needs of an entity: itself and the entities it shares briefings with. */
export interface GraphEntity {
  id: string;
  name: string;
  type: EntityType;
  coMentions: readonly { id: string; name: string; type: EntityType; count: number }[];
}

export interface GraphNode {
  id: string;
  name: string;
  type: EntityType;
  /** Briefings shared with the centre (the centre's own weight is the largest neighbour's). */
  weight: number;
  centre: boolean;
  x: number;
  y: number;
}

export interface GraphEdge {
  from: string;
  to: string;
  weight: number;
}

export interface Graph {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

const WIDTH = 400;
const HEIGHT = 270;
/** Ring radii: the most-shared neighbours sit on the inner ring, the least on the outer one. */
const RX = [90, 140];
const RY = [62, 98];
const LABEL = 16;
const SHAPE: Record<EntityType, string> = { person: "circle", organization: "square", place: "triangle" };

/**
 * The entity and its strongest co-mentions on a ring around it, nearer the more briefings they
 * share, laid out deterministically so builds are reproducible. Links among the neighbours are left
 * out on purpose: in a small corpus nearly every pair shares a briefing and the picture turns to mesh.
 */
export function neighbourhood(centre: GraphEntity, max = 8): Graph {
  const ring = centre.coMentions.slice(0, max);
  const top = Math.max(1, ...ring.map((c) => c.count));
  const nodes: GraphNode[] = [{ id: centre.id, name: centre.name, type: centre.type, weight: top, centre: true, x: WIDTH / 2, y: HEIGHT / 2 }];
  const low = Math.min(...ring.map((c) => c.count));
  ring.forEach((c, i) => {
    const angle = -Math.PI / 2 + (2 * Math.PI * i) / ring.length;
    // 0 for the most-shared neighbour, 1 for the least; all at mid distance when they tie.
    const far = top === low ? 0.5 : (top - c.count) / (top - low);
    nodes.push({
      id: c.id,
      name: c.name,
      type: c.type,
      weight: c.count,
      centre: false,
      x: round(WIDTH / 2 + (RX[0]! + far * (RX[1]! - RX[0]!)) * Math.cos(angle)),
      y: round(HEIGHT / 2 + (RY[0]! + far * (RY[1]! - RY[0]!)) * Math.sin(angle)),
    });
  });
  const edges: GraphEdge[] = ring.map((c) => ({ from: centre.id, to: c.id, weight: c.count }));
  return { nodes, edges };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function shape(n: GraphNode, size: number): string {
  const cls = `graph-node entity--${n.type}${n.centre ? " graph-node--centre" : ""}`;
  if (n.type === "person") return `<circle class="${cls}" cx="${n.x}" cy="${n.y}" r="${size}"/>`;
  if (n.type === "organization") return `<rect class="${cls}" x="${round(n.x - size)}" y="${round(n.y - size)}" width="${round(size * 2)}" height="${round(size * 2)}"/>`;
  const h = size * 1.2;
  return `<polygon class="${cls}" points="${n.x},${round(n.y - h)} ${round(n.x + h)},${round(n.y + h * 0.8)} ${round(n.x - h)},${round(n.y + h * 0.8)}"/>`;
}

/** Labels centred under a node (above it in the upper half), kept inside the frame. */
function label(n: GraphNode, size: number): string {
  const text = truncate(n.name, LABEL);
  const half = text.length * 3.4;
  const x = Math.min(WIDTH - half - 2, Math.max(half + 2, n.x));
  const y = !n.centre && n.y < HEIGHT / 2 ? n.y - size - 5 : n.y + size + 13;
  return `<text x="${round(x)}" y="${round(y)}" text-anchor="middle"${n.centre ? ' class="graph-label--centre"' : ""}>${escapeXml(text)}</text>`;
}

/** A sentence per neighbour, for the chart's description: the graph must not be the only way to get it. */
export function graphSummary(graph: Graph): string {
  const [centre, ...ring] = graph.nodes;
  if (!centre || ring.length === 0) return "";
  const list = ring.map((n) => `${n.name} (${n.weight} ${n.weight === 1 ? "briefing" : "briefings"})`).join(", ");
  return `${centre.name} shares the most briefings with ${list}.`;
}

/**
 * The neighbourhood as a small static SVG: shapes as well as colours carry the entity type (circle
 * person, square organisation, triangle place), edge width the number of shared briefings.
 */
export function graphSvg(graph: Graph, options: { id: string }): string | null {
  const [centre, ...ring] = graph.nodes;
  if (!centre || ring.length === 0) return null;
  const top = Math.max(1, ...graph.edges.map((e) => e.weight));
  const at = new Map(graph.nodes.map((n) => [n.id, n]));
  const size = (n: GraphNode) => (n.centre ? 11 : round(4 + 5 * Math.sqrt(n.weight / top)));
  const edges = graph.edges
    .map((e) => {
      const a = at.get(e.from)!;
      const b = at.get(e.to)!;
      return `<line class="graph-edge" x1="${a.x}" y1="${a.y}" x2="${b.x}" y2="${b.y}" stroke-width="${round(0.75 + 2.5 * (e.weight / top))}"/>`;
    })
    .join("");
  const id = escapeXml(options.id);
  return (
    `<svg class="graph" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="${id}-title ${id}-desc" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${id}-title">${escapeXml(`${centre.name} and the entities mentioned alongside`)}</title>` +
    `<desc id="${id}-desc">${escapeXml(graphSummary(graph))}</desc>` +
    `<g class="graph-edges">${edges}</g>` +
    `<g class="graph-nodes">${graph.nodes.map((n) => `<g data-shape="${SHAPE[n.type]}">${shape(n, size(n))}${label(n, size(n))}</g>`).join("")}</g>` +
    `</svg>`
  );
}
