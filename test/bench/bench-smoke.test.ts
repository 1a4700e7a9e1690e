// The benchmark harness end to end on a tiny corpus: it runs, builds both sites, and prints the
// documented JSON as its last stdout line, with both baselines and the daily work. Speed is not asserted here; see docs/performance.md.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../helpers/project.js";
import { runMeasured } from "../../scripts/lib/bench/run.js";

describe("npm run bench", () => {
  const scratch = mkdtempSync(path.join(tmpdir(), "dossier-bench-smoke-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it("benchmarks a 40-article corpus and ends with the JSON summary", async () => {
    const r = await runMeasured(process.execPath, ["--import", "tsx", "scripts/bench.ts", "--articles", "40", "--json"], { cwd: ROOT, env: { DOSSIER_BENCH_TMP: scratch } });
    expect(r.status, r.stderr).toBe(0);
    const last = r.stdout.trim().split("\n").at(-1)!;
    const json = JSON.parse(last) as Record<string, unknown>;
    const daily = ["same_pages_baseline_s", "same_pages_baseline_pages", "batch_s", "edit_s", "registry_edit_s"];
    expect(Object.keys(json).slice(0, 15)).toEqual(["articles", "pages", "baseline_pages", "stages", "total_s", "baseline_s", "ratio", "peak_rss_mb", "incremental_s", "entity_pages", ...daily]);
    expect(json.articles).toBe(40);
    expect(json.baseline_pages).toBe(40);
    expect(json.pages as number).toBeGreaterThan(40 + (json.entity_pages as number) - 1);
    expect(json.entity_pages as number).toBeGreaterThan(0);
    // The same-pages baseline builds every article and one listing per entity page Dossier built.
    expect(json.same_pages_baseline_pages).toBe(40 + (json.entity_pages as number));
    const stages = json.stages as Record<string, number>;
    for (const k of ["annotate", "eleventy", "pagefind"]) expect(stages[k]).toBeGreaterThan(0);
    for (const k of ["total_s", "baseline_s", "ratio", "peak_rss_mb", "incremental_s", ...daily]) expect(json[k] as number, k).toBeGreaterThan(0);
    expect(json.ratio as number).toBeCloseTo((json.total_s as number) / (json.baseline_s as number), 1);
    expect(json.same_pages_ratio as number).toBeCloseTo((json.total_s as number) / (json.same_pages_baseline_s as number), 1);
    // Each daily build really rebuilt: a batch is analysed, an edit re-renders, a registry edit reaches pages.
    expect((json.batch_stages as Record<string, number>).annotate).toBeGreaterThan(0);
    for (const k of ["incremental_stages", "batch_stages", "edit_stages", "registry_edit_stages"]) expect((json[k] as Record<string, number>).eleventy, k).toBeGreaterThan(0);
    // The human-readable table comes first.
    expect(r.stdout).toMatch(/total \(wall\)/u);
    expect(r.stdout).toMatch(/a day's batch of 20 added: [\d.]+ s = [\d.]+% of the full build/u);
  }, 180_000);

  it("with --archive, times the full build and one article added, and reports the skipped figures as null", async () => {
    const r = await runMeasured(process.execPath, ["--import", "tsx", "scripts/bench.ts", "--articles", "12", "--archive", "--json"], { cwd: ROOT, env: { DOSSIER_BENCH_TMP: scratch } });
    expect(r.status, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout.trim().split("\n").at(-1)!) as Record<string, unknown>;
    for (const k of ["total_s", "incremental_s", "peak_rss_mb", "pages", "entity_pages"]) expect(json[k] as number, k).toBeGreaterThan(0);
    for (const k of ["baseline_s", "ratio", "same_pages_baseline_s", "same_pages_baseline_pages", "batch_s", "edit_s", "registry_edit_s", "batch_stages"]) expect(json[k], k).toBeNull();
    expect(r.stderr).not.toMatch(/baseline/u);
    expect(r.stdout).toMatch(/one article edited: not measured \(--archive\)/u);
  }, 120_000);
});
