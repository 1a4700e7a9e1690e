import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serve } from "../helpers/server.js";

describe("npm run preview: the static server", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "dossier-preview-"));
  let server: Awaited<ReturnType<typeof serve>>;
  beforeAll(async () => {
    mkdirSync(path.join(dir, "pagefind/fragment"), { recursive: true });
    writeFileSync(path.join(dir, "index.html"), "<!doctype html><title>home</title>");
    writeFileSync(path.join(dir, "404.html"), "<!doctype html><title>missing</title>");
    writeFileSync(path.join(dir, "pagefind/wasm.en.pagefind"), new Uint8Array([0, 97, 115, 109]));
    writeFileSync(path.join(dir, "pagefind/fragment/en_abc.pf_fragment"), new Uint8Array([1, 2, 3]));
    writeFileSync(path.join(dir, "pagefind/pagefind.js"), "export {}");
    server = await serve(dir, "/briefing/");
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("serves under the prefix with the MIME types browsers need for Pagefind", async () => {
    const get = (p: string) => fetch(new URL(p, server.url));
    expect((await get("pagefind/wasm.en.pagefind")).headers.get("content-type")).toBe("application/wasm");
    expect((await get("pagefind/fragment/en_abc.pf_fragment")).headers.get("content-type")).toBe("application/octet-stream");
    expect((await get("pagefind/pagefind.js")).headers.get("content-type")).toMatch(/javascript/);
    expect((await get("./")).status).toBe(200);
  });

  it("answers the site's 404 page for missing paths and anything outside the prefix", async () => {
    const missing = await fetch(new URL("nope/", server.url));
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("missing");
    const outside = await fetch(new URL("/index.html", server.url));
    expect(outside.status).toBe(404);
  });
});
