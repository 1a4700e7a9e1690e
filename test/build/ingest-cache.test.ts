// What each raw file ingested to is kept between builds: a warm build must read what a cold one
// reads, warnings and skips included.
import { cpSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readInputs } from "../../transforms/ingest/files.js";
import { IngestCache } from "../../transforms/build/ingest-cache.js";
import { ROOT } from "../helpers/project.js";
import { tempDirs } from "../helpers/temp.js";

const temp = tempDirs("ingest-cache");

describe("the kept ingest", () => {
  it("reads the samples, a repaired file and a skipped one as a cold build does, on the build that keeps them and the next", async () => {
    const raw = temp();
    cpSync(path.join(ROOT, "content/raw"), raw, { recursive: true });
    writeFileSync(path.join(raw, "latin1.txt"), Buffer.from("Caf\xe9 news\n\nThe caf\xe9 in S\xe3o Paulo reopened.\n", "latin1"));
    writeFileSync(path.join(raw, "binary.txt"), Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
    const cold = await readInputs([raw]);
    expect(cold.warnings.length).toBeGreaterThan(0);
    expect(cold.skipped.length).toBeGreaterThan(0);
    const dir = temp();
    for (const round of [1, 2]) {
      const cache = new IngestCache(dir);
      await cache.open();
      expect(await readInputs([raw], cache.remember), `build ${round}`).toEqual(JSON.parse(JSON.stringify(cold)));
      await cache.save();
    }
  });
});
