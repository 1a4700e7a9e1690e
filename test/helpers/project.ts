import { cpSync, mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { runMeasured } from "../../scripts/lib/bench/run.js";

/** Node's arguments to run a project script with tsx. */
const scriptArgs = (script: string, args: readonly string[]) => ["--import", "tsx", `scripts/${script}.ts`, ...args];

export const ROOT = path.resolve(import.meta.dirname, "../..");
const COPY = ["package.json", "eleventy.config.ts", "tsconfig.json", "layouts", "transforms", "scripts", "models", "content/pages"];

export interface RunOutput {
  status: number;
  stdout: string;
  stderr: string;
}

export interface Project {
  dir: string;
  /**
   * Runs a project script (e.g. "build") with tsx, returning its exit status and output. It never
   * blocks the test worker: vitest's worker reports to its parent over RPC, and a build that blocks
   * the event loop for a minute makes that time out and fail the whole run.
   */
  run(script: string, args?: string[], env?: Record<string, string>): Promise<RunOutput>;
  write(rel: string, content: string | Uint8Array): void;
  remove(rel: string): void;
  cleanup(): void;
}

/**
 * A throwaway copy of the project (node_modules linked, not copied), so tests can build sites with
 * their own articles and registries without touching the working tree or each other.
 */
export function makeProject(options: { raw?: "samples" | Record<string, string>; entities?: "samples" | Record<string, string> } = {}): Project {
  const dir = mkdtempSync(path.join(tmpdir(), "dossier-test-"));
  for (const rel of COPY) {
    try {
      cpSync(path.join(ROOT, rel), path.join(dir, rel), { recursive: true });
    } catch {
      // models/ may not exist yet in a checkout without a trained recogniser.
    }
  }
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
  const put = (sub: string, files: "samples" | Record<string, string> | undefined) => {
    const target = path.join(dir, "content", sub);
    if (files === "samples" || files === undefined) cpSync(path.join(ROOT, "content", sub), target, { recursive: true });
    else {
      mkdirSync(target, { recursive: true });
      for (const [name, text] of Object.entries(files)) writeFileSync(path.join(target, name), text);
    }
  };
  put("raw", options.raw);
  put("entities", options.entities);
  return {
    dir,
    run(script, args = [], env = {}) {
      return runMeasured(process.execPath, scriptArgs(script, args), { cwd: dir, env });
    },
    write(rel, content) {
      mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
      writeFileSync(path.join(dir, rel), content);
    },
    remove(rel) {
      rmSync(path.join(dir, rel), { recursive: true, force: true });
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
