// `npm run bench:huge [-- --mb 10]`: builds the sample site plus one oversized article (real news
// paragraphs, deterministic) and reports the build's time and the peak memory of its largest process.
// A 10 MB article must build in bounded time and memory; this is where that is measured.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { hugeArticle } from "./lib/bench/huge.js";
import { runMeasured } from "./lib/bench/run.js";
import { countPages, dossierProject, removeScratch } from "./lib/bench/scratch.js";

const { values } = parseArgs({ options: { mb: { type: "string", default: "10" }, keep: { type: "boolean", default: false } } });
const mb = Number(values.mb);
if (!(mb > 0)) throw new Error("--mb must be a positive number of megabytes");

const root = path.resolve(import.meta.dirname, "..");
const dir = await dossierProject(root, path.join(root, "content/raw"));
const text = hugeArticle(mb * 1024 * 1024);
await writeFile(path.join(dir, "content/raw/huge.txt"), text);
process.stderr.write(`▸ building the samples plus a ${(Buffer.byteLength(text) / 1024 / 1024).toFixed(1)} MB article in ${dir}\n`);
const run = await runMeasured(process.execPath, ["--import", "tsx", "scripts/build.ts"], { cwd: dir, env: { CI: "" }, echo: true });
if (run.status !== 0) throw new Error(`build failed (exit ${run.status})`);
const pages = await countPages(path.join(dir, "_site"));
const report = { article_mb: Math.round((Buffer.byteLength(text) / 1024 / 1024) * 10) / 10, build_s: Math.round(run.seconds * 10) / 10, peak_rss_mb: Math.round(run.peakRssMb), pages: pages.pages, entity_pages: pages.entityPages };
if (!values.keep) await removeScratch(dir);
process.stdout.write(`${JSON.stringify(report)}\n`);
process.stderr.write(`✓ ${report.article_mb} MB article: built in ${report.build_s} s, peak ${report.peak_rss_mb} MB (largest process), ${report.pages} pages\n`);
