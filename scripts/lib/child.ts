import { spawn } from "node:child_process";

/**
 * Runs a project TypeScript script in a fresh Node process with this one's loader flags (tsx), its
 * output passed through; rejects with the tail of stderr when it fails.
 */
export function runScript(script: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, script, ...args], { stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
      process.stderr.write(d);
    });
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`${script} exited with ${code}: ${stderr.trim().split("\n").slice(-5).join("\n")}`))));
  });
}
