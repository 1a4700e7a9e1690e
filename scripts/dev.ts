// `npm start`: a dev server with live reload. Raw articles and registry files are re-annotated on
// change (only what changed is rewritten, so Eleventy rebuilds quickly); `tsx watch` restarts this
// script, and with it Eleventy, when transforms/*.ts change.
import { spawn, type ChildProcess } from "node:child_process";
import { watch } from "node:fs";
import { generate, PATHS } from "./lib/generate.js";
import { Progress } from "./lib/progress.js";
import { printNotices } from "./lib/notices.js";
import { settings } from "../transforms/config.js";

const OUT = ".cache/dev-site";
const { port } = settings();

async function regenerate(): Promise<void> {
  const t0 = performance.now();
  // Repairs and skips are reported in the dev log too; strict mode is for builds, not for editing.
  const result = await generate(new Progress(true), { onInput: (report) => printNotices(report) });
  if (result.ok) process.stderr.write(`↻ ${result.articles} articles, ${result.changed} page(s) changed (${((performance.now() - t0) / 1000).toFixed(2)} s)\n`);
  // The last good pages stay up; the error names the file so the editor can fix it.
  else for (const e of result.errors) process.stderr.write(`error: ${e.message}\n`);
}

await regenerate();

const eleventy: ChildProcess = spawn(
  process.execPath,
  ["--import", "tsx", "node_modules/@11ty/eleventy/cmd.cjs", "--config=eleventy.config.ts", `--output=${OUT}`, "--serve", `--port=${port}`],
  { stdio: "inherit", env: { ...process.env, DOSSIER_DEV_INDEX: OUT } },
);
const stop = () => {
  eleventy.kill();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
eleventy.on("exit", (code) => process.exit(code ?? 0));

// Editors save in bursts (write, rename, chmod); one regeneration per burst is enough.
let timer: NodeJS.Timeout | undefined;
let running = Promise.resolve();
const schedule = () => {
  clearTimeout(timer);
  timer = setTimeout(() => {
    running = running.then(regenerate);
  }, 120);
};
for (const dir of [PATHS.raw, PATHS.entities]) watch(dir, { recursive: true }, schedule);
process.stderr.write(`Watching ${PATHS.raw}/ and ${PATHS.entities}/ for changes\n`);
