// `npm start`: a dev server with live reload and the desk. Raw articles and registry files are
// re-annotated on change (only what changed is rewritten, so Eleventy rebuilds quickly); Eleventy
// watches its input and tells this process when a rebuild is written, which reloads open pages.
// `/review/` lists the review queue and suggested fixes with buttons that apply the same verbs as
// `npm run entities`. `tsx watch` restarts this script when transforms/*.ts change.
import { spawn, type ChildProcess } from "node:child_process";
import { watch } from "node:fs";
import { generate, PATHS } from "./lib/generate.js";
import { Progress } from "./lib/progress.js";
import { printNotices, settingsOr } from "./lib/notices.js";
import { startDevServer } from "./lib/dev-server.js";
import { applyChanges, loadDesk } from "./lib/desk.js";
import { DeskError, merge, reject, rename, retype, undo } from "../transforms/corpus/desk.js";
import { reviewQueue } from "../transforms/corpus/review.js";
import { suggest } from "../transforms/corpus/suggest.js";
import type { Corpus } from "../transforms/model.js";

const OUT = ".cache/dev-site";
const { port, site } = settingsOr((message) => {
  process.stderr.write(`error: ${message}\n`);
  process.exit(1);
});
let corpus: Corpus | null = null;

async function regenerate(): Promise<void> {
  const t0 = performance.now();
  // Repairs and skips are reported in the dev log too; strict mode is for builds, not for editing.
  const result = await generate(new Progress(true), { onInput: (report) => printNotices(report) });
  if (result.ok) {
    corpus = result.corpus;
    process.stderr.write(`↻ ${result.articles} articles, ${result.changed} page(s) changed (${((performance.now() - t0) / 1000).toFixed(2)} s)\n`);
  }
  // The last good pages stay up; the error names the file so the editor can fix it.
  else for (const e of result.errors) process.stderr.write(`error: ${e.message}\n`);
}

await regenerate();

const dev = startDevServer({
  dir: OUT,
  port: Number(port),
  prefix: site.pathPrefix,
  log: (line) => process.stderr.write(`${line}\n`),
  desk: {
    state: () => (corpus ? { queue: reviewQueue(corpus).filter((q) => q.published).slice(0, 200), suggestions: suggest(corpus).slice(0, 60) } : { queue: [], suggestions: [] }),
    async apply({ verb, args, name, note }) {
      if (!corpus) throw new DeskError("the site has not been built yet");
      const desk = await loadDesk(corpus);
      const [a, b] = args;
      const outcome =
        verb === "merge" ? merge(desk, a ?? "", b ?? "", note)
        : verb === "reject" ? reject(desk, a || undefined, name, note)
        : verb === "type" ? retype(desk, a ?? "", b ?? "", note)
        : verb === "rename" ? rename(desk, a ?? "", b ?? "", note)
        : verb === "undo" ? undo(desk, a ?? "")
        : null;
      if (!outcome) throw new DeskError(`unknown verb '${verb}'`);
      await applyChanges(desk.dir, outcome.changes);
      return outcome.message;
    },
  },
});

// Eleventy writes the site and says (over IPC, from eleventy.config.ts) when each build is indexed.
const eleventy: ChildProcess = spawn(process.execPath, ["--import", "tsx", "node_modules/@11ty/eleventy/cmd.cjs", "--config=eleventy.config.ts", `--output=${OUT}`, "--watch"], {
  stdio: ["inherit", "inherit", "inherit", "ipc"],
  env: { ...process.env, DOSSIER_DEV_INDEX: OUT },
});
eleventy.on("message", (m) => {
  if (m === "built") dev.reload();
});
dev.server.on("listening", () => process.stderr.write(`Serving http://127.0.0.1:${port}/ (review queue at /review/)\n`));
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
