// Briefing pages are written only when they change; the build trusts its own record of what it wrote
// instead of reading every page back, so a page edited by hand must still be caught.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ingestText } from "../../transforms/ingest/index.js";
import { buildCorpus } from "../../transforms/corpus/pipeline.js";
import { crosslink } from "../../transforms/corpus/crosslink.js";
import { siteData } from "../../transforms/site/data.js";
import { emitSource } from "../../transforms/build/emit.js";

const dir = mkdtempSync(path.join(tmpdir(), "dossier-emit-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const dirs = { briefings: path.join(dir, "briefings"), data: path.join(dir, "data") };
const corpus = buildCorpus(["Talks in Doha\n\nEnvoys met.\n", "Aid arrives\n\nAid came.\n"].map((t, i) => ingestText(`a${i}.txt`, t)), []);
const emit = () => {
  const x = crosslink(corpus);
  return emitSource(corpus, x, siteData(x, { title: "T", description: "", url: "" }), dirs);
};

describe("emitSource", () => {
  it("writes pages once, then leaves them alone, but rewrites one edited by hand", async () => {
    expect(await emit()).toMatchObject({ pages: 2, written: 2 });
    expect(await emit()).toMatchObject({ written: 0 });
    const page = path.join(dirs.briefings, "talks-in-doha.md");
    const original = readFileSync(page, "utf8");
    // Same length, different bytes: only the file's time tells.
    writeFileSync(page, original.replace("Envoys", "Envoyz"));
    expect(await emit()).toMatchObject({ written: 1 });
    expect(readFileSync(page, "utf8")).toBe(original);
    expect(await emit()).toMatchObject({ written: 0 });
  });
});
