// A build works in folders named for its process (`_site.tmp-<pid>`, `.cache/render/stage-<pid>`…)
// and removes them when it ends. One that was killed cannot; the next build removes what it left,
// once that process is gone, and never a folder a running build still works in.
import { readdir, rename, rm, mkdir } from "node:fs/promises";
import path from "node:path";

/** Whether a process with this id is running: signal 0 checks without sending anything. */
export function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    // EPERM: it runs, as another user.
    return (err as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Where a build's own folders are: a folder, and the names it gives them, ending in its process id. */
export interface WorkPlace {
  dir: string;
  name: RegExp;
}

/**
 * Moves every folder a stopped build left in `places` into `trash` (deleted later, off the critical
 * path) and returns their paths. A name matches when its process id is the last group of `name`.
 */
export async function clearLeftovers(places: readonly WorkPlace[], trash: string): Promise<string[]> {
  const found: string[] = [];
  for (const { dir, name } of places) {
    for (const entry of await readdir(dir).catch(() => [] as string[])) {
      const pid = Number(name.exec(entry)?.[1]);
      if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || isRunning(pid)) continue;
      found.push(path.join(dir, entry));
    }
  }
  for (const leftover of found) {
    try {
      await mkdir(trash, { recursive: true });
      await rename(leftover, path.join(trash, `${path.basename(leftover)}-${Date.now()}`));
    } catch {
      await rm(leftover, { recursive: true, force: true });
    }
  }
  return found;
}
