import { spawn } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";

export interface RunResult {
  status: number;
  seconds: number;
  /** The largest single process's peak resident set (VmHWM), in MB, over the whole tree. */
  peakRssMb: number;
  stdout: string;
  stderr: string;
}

/** Children of every process, from /proc; Linux only, where an empty map just means no RSS figure. */
function childrenOf(): Map<number, number[]> {
  const out = new Map<number, number[]>();
  let pids: string[] = [];
  try {
    pids = readdirSync("/proc").filter((d) => /^\d+$/.test(d));
  } catch {
    return out;
  }
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      // The command name may contain spaces and parentheses: fields resume after the last ')'.
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const list = out.get(ppid) ?? [];
      list.push(Number(pid));
      out.set(ppid, list);
    } catch {
      // The process ended while we looked.
    }
  }
  return out;
}

function peakOf(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Runs a command and samples the high-water mark of every process in its tree. VmHWM is itself a
 * peak, so sampling only has to catch each process once before it exits; the pagefind binary lives
 * for seconds.
 */
export function runMeasured(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; echo?: boolean }): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => {
      stderr += d.toString();
      if (options.echo) process.stderr.write(d);
    });
    const peaks = new Map<number, number>();
    const sample = () => {
      if (child.pid === undefined) return;
      const tree = childrenOf();
      const stack = [child.pid];
      while (stack.length > 0) {
        const pid = stack.pop()!;
        peaks.set(pid, Math.max(peaks.get(pid) ?? 0, peakOf(pid)));
        stack.push(...(tree.get(pid) ?? []));
      }
    };
    const timer = setInterval(sample, 250);
    child.on("error", (err) => {
      clearInterval(timer);
      reject(err);
    });
    child.on("close", (code) => {
      clearInterval(timer);
      const seconds = (performance.now() - t0) / 1000;
      resolve({ status: code ?? -1, seconds, peakRssMb: Math.max(0, ...peaks.values()), stdout, stderr });
    });
  });
}

/** `r` when its command exited 0; else an error naming `what`, with the end of its stderr. */
export function succeeded(r: RunResult, what: string): RunResult {
  if (r.status !== 0) throw new Error(`${what} failed (exit ${r.status}):\n${r.stderr.slice(-4000)}`);
  return r;
}
