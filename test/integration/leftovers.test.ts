// A build killed mid-way keeps the live site, but cannot remove its own work folder beside it
// (`_site.tmp-<pid>`, hundreds of megabytes on a large site). The next build removes it, and only
// once that process is gone.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { makeProject } from "../helpers/project.js";

describe("a build killed mid-way", () => {
  const project = makeProject();
  afterAll(() => project.cleanup());

  it("leaves its _site.tmp-<pid>, which the next build removes; a running build's folder is kept", async () => {
    // Named for a process that is running (this one): not a leftover.
    project.write(`_site.tmp-${process.pid}/index.html`, "in progress");
    // Its own process group, so the kill takes the Eleventy processes it starts with it.
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/build.ts"], { cwd: project.dir, detached: true, stdio: "ignore" });
    const tmp = path.join(project.dir, `_site.tmp-${child.pid}`);
    await expect.poll(() => existsSync(tmp), { timeout: 150_000, interval: 50 }).toBe(true);
    process.kill(-child.pid!, "SIGKILL");
    await once(child, "exit");
    expect(existsSync(tmp)).toBe(true);
    expect(existsSync(path.join(project.dir, "_site"))).toBe(false);

    const r = await project.run("build");
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(new RegExp(`removed \\d+ folders? a stopped build left: .*_site\\.tmp-${child.pid}`, "u"));
    expect(existsSync(tmp)).toBe(false);
    expect(existsSync(path.join(project.dir, `_site.tmp-${process.pid}`))).toBe(true);
    expect(existsSync(path.join(project.dir, "_site/index.html"))).toBe(true);
  }, 300_000);
});
