import { spawn } from "node:child_process";
import { totalmem } from "node:os";

// V8's default heap cap (about 4 GB) is not the machine's memory: a 20,000-article site renders
// pages larger than that leaves room for. Allow half the machine, unless the caller chose a limit.
const HEAP = process.execArgv.some((a) => a.startsWith("--max-old-space-size")) ? [] : [`--max-old-space-size=${Math.floor(totalmem() / 2 / 2 ** 20)}`];

/**
 * Runs a project TypeScript script in a fresh Node process with this one's loader flags (tsx), its
 * output passed through; rejects with the tail of stderr when it fails.
 */
export function runScript(script: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, ...HEAP, script, ...args], { stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
      process.stderr.write(d);
    });
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${script} exited with ${code}: ${stderr.trim().split("\n").slice(-5).join("\n")}`))));
  });
}
