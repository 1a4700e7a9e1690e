// A synthetic but realistic news corpus for benchmarks: real Wikinews paragraphs recombined, with
// the names in them redrawn so that, as in a real archive, new names keep appearing while popular
// ones recur (a Pitman–Yor process gives the Heaps/Zipf shape).
import { existsSync } from "node:fs";
import { mkdir, readFile, readdir, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { between, pick, seeded } from "./random.js";

interface Source {
  title: string;
  paragraphs: string[];
}

export interface CorpusOptions {
  articles: number;
  seed: number;
  /** Folder of Wikinews `.txt` files with an `index.jsonl` of titles. */
  source: string;
  /** Where generated corpora are cached. */
  cacheDir: string;
}

export interface GeneratedCorpus {
  /** Folder holding exactly `articles` raw `.txt` files. */
  raw: string;
  /** One more article, not in `raw`, for the incremental build. */
  extra: string;
  /** A day's batch of further articles, dated after every other, for the batch build. */
  batch: string;
  words: number;
  /** Distinct names drawn, a rough guide to how many entities the corpus holds. */
  names: number;
}

// Capitalised runs of two or more words: people, organisations and places alike.
const NAME = /\b[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?: (?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?|[A-Z]\.))*(?: [A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b/g;
// Words that start a sentence or name a date rather than an entity.
const NOT_A_NAME = new Set(
  "The A An In On At But And He She It This That These Those When While After Before As If His Her Their Its They We I According Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December".split(" "),
);

async function loadSources(dir: string): Promise<Source[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(".txt")).sort();
  if (files.length === 0) throw new Error(`${dir} has no .txt articles to build a benchmark corpus from`);
  const out: Source[] = [];
  for (const f of files) {
    const lines = (await readFile(path.join(dir, f), "utf8")).split(/\r?\n/u).map((l) => l.trim());
    const title = lines.find(Boolean) ?? f;
    // Body paragraphs only: headings, datelines and source lists are short or lack a full stop.
    const paragraphs = lines.slice(1).filter((l) => l.length >= 120 && /[.”"]$/u.test(l));
    if (paragraphs.length > 0) out.push({ title, paragraphs });
  }
  return out;
}

/** Splits a capitalised run into the name proper, dropping a leading sentence word ("The", "In"). */
function trimName(span: string): string | null {
  const words = span.split(" ");
  while (words.length > 0 && NOT_A_NAME.has(words[0]!)) words.shift();
  return words.length >= 2 && !words.some((w) => NOT_A_NAME.has(w)) ? words.join(" ") : null;
}

/** Pitman–Yor draws over an open vocabulary: discount d sets how fast new names keep arriving. */
class NameProcess {
  private readonly names: string[] = [];
  private readonly counts: number[] = [];
  private total = 0;
  constructor(
    private readonly rand: () => number,
    private readonly fresh: () => string,
    private readonly theta = 40,
    private readonly discount = 0.6,
  ) {}

  draw(): string {
    const k = this.names.length;
    const pNew = (this.theta + this.discount * k) / (this.theta + this.total);
    this.total++;
    if (k === 0 || this.rand() < pNew) {
      this.names.push(this.fresh());
      this.counts.push(1);
      return this.names[k]!;
    }
    // Proportional to (count − d): walk the table; popular names sit early, so the walk is short on average.
    let r = this.rand() * (this.total - 1 - this.discount * k);
    for (let i = 0; i < k; i++) {
      r -= this.counts[i]! - this.discount;
      if (r <= 0) {
        this.counts[i]!++;
        return this.names[i]!;
      }
    }
    this.counts[k - 1]!++;
    return this.names[k - 1]!;
  }

  get size(): number {
    return this.names.length;
  }
}

function isoDay(start: Date, offsetDays: number): string {
  return new Date(start.getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);
}

/** How many articles a day's batch adds in the benchmark. */
export const BATCH = 20;

/**
 * Generates `count + extra` articles deterministically, dated across one year by their position in
 * the first `count`; the ones after are kept aside as new articles, dated after the rest.
 */
export function* generateArticles(sources: readonly Source[], count: number, seed: number, extra = 1 + BATCH): Generator<{ text: string; words: number }, number> {
  const rand = seeded(seed);
  const spans = [...new Set(sources.flatMap((s) => s.paragraphs.flatMap((p) => (p.match(NAME) ?? []).map(trimName).filter((n): n is string => n !== null))))].sort();
  const heads = spans.map((s) => s.split(" ").slice(0, -1).join(" "));
  const tails = [...new Set(spans.map((s) => s.split(" ").at(-1)!))];
  // A new name is a real name's head with another real name's tail: plausible, and practically unlimited.
  const names = new NameProcess(rand, () => `${pick(rand, heads)} ${pick(rand, tails)}`);
  const start = new Date("2019-01-01T00:00:00Z");
  for (let i = 0; i < count + extra; i++) {
    const local = new Map<string, string>();
    const rename = (text: string) =>
      text.replace(NAME, (span) => {
        const name = trimName(span);
        if (!name) return span;
        let to = local.get(name);
        if (!to) local.set(name, (to = names.draw()));
        return span.slice(0, span.length - name.length) + to;
      });
    const base = pick(rand, sources);
    const target = between(rand, 350, 900);
    const paragraphs: string[] = [];
    const used = new Set<string>();
    let words = 0;
    let own = 0;
    // Mostly one source article's paragraphs in order, with some from elsewhere, as wire copy is stitched together.
    while (words < target) {
      const fromBase = own < base.paragraphs.length && rand() < 0.75;
      const raw = fromBase ? base.paragraphs[own++]! : pick(rand, pick(rand, sources).paragraphs);
      if (used.has(raw)) continue;
      used.add(raw);
      const p = rename(raw);
      paragraphs.push(p);
      words += p.split(/\s+/u).length;
    }
    const title = rename(base.title).replace(/[.]$/u, "");
    const date = isoDay(start, Math.floor((i * 365) / Math.max(1, count)));
    const front = `---\ntitle: ${JSON.stringify(title)}\ndate: ${date}\nsource: Wikinews (recombined)\nurl: https://example.org/bench/${i}\n---\n`;
    yield { text: `${front}${paragraphs.join("\n\n")}\n`, words };
  }
  return names.size;
}

export function articleFileName(i: number): string {
  return `${String(i).padStart(6, "0")}.txt`;
}

/** The corpus for (articles, seed), generated once and cached; a half-written cache is never used. */
export async function ensureCorpus(options: CorpusOptions): Promise<GeneratedCorpus> {
  // v2: the corpus gained a day's batch; older cached corpora lack it and are generated again.
  const dir = path.join(options.cacheDir, `corpus-v2-${options.articles}-${options.seed}`);
  const manifest = path.join(dir, "manifest.json");
  const files = { raw: path.join(dir, "raw"), extra: path.join(dir, "extra.txt"), batch: path.join(dir, "batch") };
  if (existsSync(manifest)) {
    const m = JSON.parse(await readFile(manifest, "utf8")) as { words: number; names: number };
    return { ...files, ...m };
  }
  const sources = await loadSources(options.source);
  const tmp = `${dir}.tmp-${process.pid}`;
  await rm(tmp, { recursive: true, force: true });
  await mkdir(path.join(tmp, "raw"), { recursive: true });
  await mkdir(path.join(tmp, "batch"), { recursive: true });
  const gen = generateArticles(sources, options.articles, options.seed);
  let words = 0;
  let i = 0;
  for (let next = gen.next(); ; next = gen.next(), i++) {
    if (next.done) {
      const m = { words, names: next.value };
      await writeFile(path.join(tmp, "manifest.json"), JSON.stringify(m));
      await rm(dir, { recursive: true, force: true });
      await rename(tmp, dir);
      return { ...files, ...m };
    }
    if (i < options.articles) {
      words += next.value.words;
      await writeFile(path.join(tmp, "raw", articleFileName(i)), next.value.text);
    } else if (i === options.articles) await writeFile(path.join(tmp, "extra.txt"), next.value.text);
    else await writeFile(path.join(tmp, "batch", articleFileName(i)), next.value.text);
  }
}
