import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { makeProject, type Project } from "../helpers/project.js";
import { launchBrowser } from "./browser.js";
import { startDev, type DevRun } from "../helpers/dev.js";

const PORT = 18_000 + (process.pid % 1000);

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not come up in ${timeoutMs} ms`);
}

describe("npm start: the dev server", () => {
  let project: Project;
  let run: DevRun;
  let dev: ChildProcess;
  let browser: Browser;

  beforeAll(async () => {
    project = makeProject();
    run = await startDev(project, PORT);
    dev = run.process;
    await waitFor(`http://localhost:${PORT}/`, 60_000);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    dev?.kill("SIGTERM");
    project?.cleanup();
  });

  it("shows an edited article in the open page without a restart", async () => {
    const page = await browser.newPage();
    await page.goto(`http://localhost:${PORT}/`);
    const link = page.locator(".briefing-list a").filter({ hasText: "working-level delegation" }).first();
    await link.click();
    await page.waitForLoadState("load");
    const url = page.url();
    const file = path.join(project.dir, "content/raw/001_f3c80d1844a3614a.txt");
    const text = readFileSync(file, "utf8");
    const pid = dev.pid;
    const started = Date.now();
    project.write("content/raw/001_f3c80d1844a3614a.txt", text.replace("The Gaza truce and the next steps", "The Gaza truce, EDITED-LIVE, and the next steps"));
    // Live reload refreshes the page in place; the URL stays because the title did not change.
    await page.getByText("EDITED-LIVE").first().waitFor({ timeout: 30_000 });
    expect(page.url()).toBe(url);
    expect(dev.pid).toBe(pid);
    expect(dev.exitCode).toBeNull();
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(run.log()).toMatch(/↻ 5 articles/);
  });
});

describe("npm start: a change to content/site.yml", () => {
  let project: Project;
  let npm: ChildProcess;
  let log = "";
  const port = PORT + 1;

  beforeAll(async () => {
    project = makeProject();
    project.write("content/site.yml", "title: Before Desk\n");
    // The script as `npm start` runs it, in its own process group so the watcher and its children stop together.
    npm = spawn("npm", ["start"], { cwd: project.dir, env: { ...process.env, PORT: String(port) }, stdio: ["ignore", "pipe", "pipe"], detached: true });
    npm.stdout!.on("data", (d: Buffer) => (log += d.toString()));
    npm.stderr!.on("data", (d: Buffer) => (log += d.toString()));
    await waitFor(`http://localhost:${port}/`, 90_000);
  });
  afterAll(() => {
    if (npm?.pid) process.kill(-npm.pid, "SIGTERM");
    project?.cleanup();
  });

  it("restarts the dev server with the new settings", async () => {
    expect(await (await fetch(`http://localhost:${port}/`)).text()).toContain("Before Desk");
    project.write("content/site.yml", "title: After Desk\n");
    const until = Date.now() + 90_000;
    let html = "";
    while (Date.now() < until) {
      html = await fetch(`http://localhost:${port}/`).then((r) => r.text(), () => "");
      if (html.includes("After Desk")) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(html, log).toContain("After Desk");
  });
});
