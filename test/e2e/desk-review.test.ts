import type { ChildProcess } from "node:child_process";
import { createServer, type Server } from "node:http";
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { makeProject, type Project } from "../helpers/project.js";
import { withGulf } from "../helpers/desk.js";
import { treeHashes } from "../helpers/tree.js";
import { gotoLive, launchBrowser } from "./browser.js";
import { startDev } from "../helpers/dev.js";

const PORT = 19_000 + (process.pid % 1000);
const EVIL_PORT = PORT + 1;
const ORIGIN = `http://127.0.0.1:${PORT}`;

describe("npm start: the desk's review page", () => {
  let project: Project;
  let dev: ChildProcess;
  let browser: Browser;
  let evil: Server;
  let log = () => "";

  beforeAll(async () => {
    project = makeProject();
    withGulf(project);
    const run = await startDev(project, PORT);
    dev = run.process;
    log = run.log;
    // A page on another origin that tries every way to make the desk write.
    evil = createServer((_, res) => {
      res.setHeader("content-type", "text/html");
      res.end(`<!doctype html><form id="f" method="post" action="${ORIGIN}/__desk/apply" enctype="text/plain"><input name='{"verb":"reject","args":["qatar"],"x":"' value='"}'></form>`);
    }).listen(EVIL_PORT, "127.0.0.1");
    browser = await launchBrowser();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    evil?.close();
    dev?.kill("SIGTERM");
    project?.cleanup();
  });

  it("listens on 127.0.0.1 only and is not part of a production page", async () => {
    expect(log()).toMatch(/Serving http:\/\/127\.0\.0\.1:\d+\/ \(review queue at \/review\/\)/);
    const review = await fetch(`${ORIGIN}/review/`);
    expect(review.status).toBe(200);
    expect(await review.text()).toMatch(/data-desk-review/);
  });

  it("a page on another origin cannot make a write", async () => {
    const before = treeHashes(path.join(project.dir, "content/entities"));
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${EVIL_PORT}/`);
    const attempts = await page.evaluate(async (origin) => {
      const out: string[] = [];
      try {
        const r = await fetch(`${origin}/__desk/session`);
        out.push(`session read: ${await r.text()}`);
      } catch {
        out.push("session blocked");
      }
      await fetch(`${origin}/__desk/apply`, { method: "POST", mode: "no-cors", headers: { "content-type": "text/plain" }, body: JSON.stringify({ verb: "reject", args: ["qatar"] }) }).catch(() => undefined);
      try {
        await fetch(`${origin}/__desk/apply`, { method: "POST", headers: { "content-type": "application/json", "x-desk-token": "guess" }, body: JSON.stringify({ verb: "reject", args: ["qatar"] }) });
        out.push("json write answered");
      } catch {
        out.push("json write blocked");
      }
      return out;
    }, ORIGIN);
    expect(attempts).toEqual(["session blocked", "json write blocked"]);
    await Promise.all([page.waitForEvent("framenavigated").catch(() => undefined), page.evaluate(() => (document.getElementById("f") as HTMLFormElement).submit())]);
    await page.close();
    // Straight from a script, too: the wrong origin, or no token, is refused.
    const foreign = await fetch(`${ORIGIN}/__desk/apply`, { method: "POST", headers: { origin: `http://127.0.0.1:${EVIL_PORT}`, "content-type": "application/json" }, body: JSON.stringify({ verb: "reject", args: ["qatar"] }) });
    expect(foreign.status).toBe(403);
    const tokenless = await fetch(`${ORIGIN}/__desk/apply`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ verb: "reject", args: ["qatar"] }) });
    expect(tokenless.status).toBe(403);
    await new Promise((r) => setTimeout(r, 500));
    expect(treeHashes(path.join(project.dir, "content/entities"))).toEqual(before);
    expect(log()).toMatch(/refused a desk request from http:\/\/127\.0\.0\.1:\d+/);
  });

  it("applies a merge from /review/ and shows the result", async () => {
    const page = await browser.newPage();
    await page.goto(`${ORIGIN}/review/`);
    const gulf = page.locator(".desk-queue .desk-item").filter({ hasText: "[gulf, place]" });
    await gulf.waitFor({ timeout: 15_000 }).catch(async (err) => {
      throw new Error(`${String(err)}\n${await page.locator("main").innerText()}\n${log()}`);
    });
    await gulf.getByLabel("Merge Gulf into").fill("qatar");
    await gulf.getByRole("button", { name: "Merge" }).click();
    await expect.poll(async () => page.locator(".desk-status").textContent(), { timeout: 15_000 }).toMatch(/^merged gulf \(Gulf, place, \d+ mentions\) into qatar/);
    // The dev server rebuilds and the page reloads without the merged entity.
    await expect.poll(async () => page.locator(".desk-queue .desk-item").filter({ hasText: "[gulf, place]" }).count(), { timeout: 60_000 }).toBe(0);
    expect(readFileSync(path.join(project.dir, "content/entities/gulf.yml"), "utf8")).toMatch(/^into: qatar$/m);
    await gotoLive(page, `${ORIGIN}/entities/qatar/`);
    await expect.poll(async () => page.locator(".aliases").textContent(), { timeout: 30_000 }).toMatch(/Gulf/);
    // Entity pages in the dev server carry the desk's controls.
    expect(await page.locator(".entity-header .desk-controls button").allTextContents()).toEqual(["Merge", "Reject", "Change type", "Rename"]);
    await page.close();
  });
});
