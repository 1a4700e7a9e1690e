import { spawn, type ChildProcess } from "node:child_process";
import type { Project } from "./project.js";

export interface DevRun {
  process: ChildProcess;
  /** Everything the dev server printed so far. */
  log(): string;
}

/** Starts `npm start`'s script in the project on `port` and waits until Eleventy watches its input (edits before that go unseen). */
export async function startDev(project: Project, port: number, timeoutMs = 90_000): Promise<DevRun> {
  let log = "";
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/dev.ts"], { cwd: project.dir, env: { ...process.env, PORT: String(port) }, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout!.on("data", (d: Buffer) => (log += d.toString()));
  child.stderr!.on("data", (d: Buffer) => (log += d.toString()));
  const until = Date.now() + timeoutMs;
  while (!log.includes("[11ty] Watching") && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  if (!log.includes("[11ty] Watching")) throw new Error(`the dev server did not start in ${timeoutMs} ms:\n${log}`);
  return { process: child, log: () => log };
}
