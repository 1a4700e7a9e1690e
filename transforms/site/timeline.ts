import { dayNumber, readableDay } from "./dates.js";
import { escapeXml } from "./escape.js";

export interface TimelinePoint {
  /** ISO `YYYY-MM-DD`. */
  date: string;
  count: number;
}

export interface TimelineChart {
  /** An inline SVG, or null when no mention is dated (an empty axis would say nothing). */
  svg: string | null;
  /** The same information in words: the chart's description and its visible caption. */
  summary: string;
}

const WIDTH = 480;
const HEIGHT = 96;
const PAD = { left: 8, right: 8, top: 10, bottom: 22 };
const BAR = 6;

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Words for a timeline: how many dated mentions, over which days, the busiest one, and what is undated. */
export function timelineSummary(points: readonly TimelinePoint[], undated: number): string {
  const parts: string[] = [];
  const total = points.reduce((n, p) => n + p.count, 0);
  if (points.length === 1) parts.push(`${plural(total, "dated mention")}, all on ${readableDay(points[0]!.date)}.`);
  else if (points.length > 1) {
    const busiest = points.reduce((best, p) => (p.count > best.count ? p : best));
    parts.push(
      `${plural(total, "dated mention")} on ${points.length} days from ${readableDay(points[0]!.date)} to ${readableDay(points.at(-1)!.date)}; ` +
        `the most, ${busiest.count}, on ${readableDay(busiest.date)}.`,
    );
  } else parts.push("No dated mentions.");
  if (undated > 0) parts.push(`${plural(undated, "mention")} in undated briefings ${undated === 1 ? "is" : "are"} not shown.`);
  return parts.join(" ");
}

/**
 * Mentions per day as a bar strip on a true time axis, so gaps between stories show as gaps. Drawn
 * at build time: no script, and colours come from CSS (`currentColor`) so it follows the theme.
 */
export function timelineChart(points: readonly TimelinePoint[], options: { name: string; undated: number; id: string }): TimelineChart {
  const sorted = [...points].filter((p) => p.count > 0).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const summary = timelineSummary(sorted, options.undated);
  if (sorted.length === 0) return { svg: null, summary };

  const first = dayNumber(sorted[0]!.date);
  const last = dayNumber(sorted.at(-1)!.date);
  // A lone day, or a few close ones, still get some width around them instead of a bar on the frame.
  const margin = Math.max(1, (last - first) * 0.04);
  const from = first - margin;
  const span = last + margin - from;
  const plotW = WIDTH - PAD.left - PAD.right;
  const plotH = HEIGHT - PAD.top - PAD.bottom;
  const max = Math.max(...sorted.map((p) => p.count));
  const x = (day: number) => PAD.left + ((day - from) / span) * plotW;
  const baseline = PAD.top + plotH;

  const bars = sorted.map((p) => {
    const h = Math.max(2, (p.count / max) * plotH);
    const left = x(dayNumber(p.date)) - BAR / 2;
    const label = `${readableDay(p.date)}: ${plural(p.count, "mention")}`;
    return `<rect class="timeline-bar" x="${left.toFixed(1)}" y="${(baseline - h).toFixed(1)}" width="${BAR}" height="${h.toFixed(1)}" rx="1"><title>${escapeXml(label)}</title></rect>`;
  });
  const ends =
    sorted.length === 1
      ? [`<text x="${(WIDTH / 2).toFixed(1)}" y="${HEIGHT - 6}" text-anchor="middle">${escapeXml(readableDay(sorted[0]!.date))}</text>`]
      : [
          `<text x="${PAD.left}" y="${HEIGHT - 6}" text-anchor="start">${escapeXml(readableDay(sorted[0]!.date))}</text>`,
          `<text x="${WIDTH - PAD.right}" y="${HEIGHT - 6}" text-anchor="end">${escapeXml(readableDay(sorted.at(-1)!.date))}</text>`,
        ];
  const id = escapeXml(options.id);
  const svg =
    `<svg class="timeline" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" role="img" aria-labelledby="${id}-title ${id}-desc" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${id}-title">${escapeXml(`Mentions of ${options.name} by date`)}</title>` +
    `<desc id="${id}-desc">${escapeXml(summary)}</desc>` +
    `<line class="timeline-axis" x1="${PAD.left}" x2="${WIDTH - PAD.right}" y1="${baseline}" y2="${baseline}"/>` +
    bars.join("") +
    `<g class="timeline-labels">${ends.join("")}</g>` +
    `</svg>`;
  return { svg, summary };
}
