// The site store keeps an entity's stored view when what it is made from is unchanged.
// Whatever it reuses, the store must be byte-identical to one written from scratch.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ingestText } from "../../transforms/ingest/index.js";
import { buildCorpus } from "../../transforms/corpus/pipeline.js";
import { crosslink } from "../../transforms/corpus/crosslink.js";
import { siteData } from "../../transforms/site/data.js";
import { writeSiteStore } from "../../transforms/build/site-store.js";
import type { Entity } from "../../transforms/model.js";
import { tempDirs } from "../helpers/temp.js";

const place = (name: string): Entity => ({ id: name.toLowerCase(), name, type: "place", aliases: [], demonyms: [], description: "", wikidata: null, origin: "registry", published: true });
const registry = ["Qatar", "Doha", "Gaza", "Cairo", "Oslo", "Lima"].map(place);
const text = (i: number, places: string[]) => ingestText(`a${i}.txt`, `date 2025-03-${String(10 + i).padStart(2, "0")}\n\nReport ${i}\n\n${places.map((p) => `Envoys met in ${p}.`).join(" ")}\n`);
const base = [text(1, ["Qatar", "Doha"]), text(2, ["Gaza", "Cairo"]), text(3, ["Oslo", "Qatar"]), text(4, ["Lima"])];

const temp = tempDirs("store");

async function write(dir: string, articles: ReturnType<typeof ingestText>[], reuse = true) {
  const x = crosslink(buildCorpus(articles, registry));
  return writeSiteStore(siteData(x, { title: "T", description: "", url: "" }), dir, new Map(), reuse ? x.inputs : undefined);
}
const files = (dir: string) => Object.fromEntries(readdirSync(dir).filter((f) => f !== "details.json").map((f) => [f, readFileSync(path.join(dir, f), "utf8")]));

describe("site store reuse", () => {
  it("reuses the views of entities an added or edited article does not name, and writes what a fresh store would", async () => {
    const dir = temp();
    expect(await write(dir, base)).toMatchObject({ reused: 0 });
    // Unchanged input: every entity kept.
    expect(await write(dir, base)).toMatchObject({ reused: 6, changed: false });

    // A new article naming Gaza and Lima: those two are made anew, the other four kept.
    const added = [...base, text(5, ["Gaza", "Lima"])];
    expect(await write(dir, added)).toMatchObject({ reused: 4, changed: true });
    const fresh = temp();
    await write(fresh, added, false);
    expect(files(dir)).toEqual(files(fresh));

    // An edited sentence changes Qatar's quote, and nothing else about the article (title, counts):
    // the article's two entities are made anew.
    const edited = added.map((a, i) => (i === 2 ? ingestText("a3.txt", "date 2025-03-13\n\nReport 3\n\nEnvoys met in Oslo. Talks in Qatar went well.\n") : a));
    expect(await write(dir, edited)).toMatchObject({ reused: 4 });
    const fresh2 = temp();
    await write(fresh2, edited, false);
    expect(files(dir)).toEqual(files(fresh2));
  });

  it("ignores a reuse record that does not describe the pack beside it", async () => {
    const dir = temp();
    await write(dir, base);
    // A pack another build left (here: emptied) must not be sliced by the record of this one.
    writeFileSync(path.join(dir, "entities.ndjson"), "");
    const r = await write(dir, base);
    expect(r.reused).toBe(0);
    const fresh = temp();
    await write(fresh, base, false);
    expect(files(dir)).toEqual(files(fresh));
    // A damaged record is a cache miss, not a failed build.
    writeFileSync(path.join(dir, "details.json"), "{");
    expect(await write(dir, base)).toMatchObject({ reused: 0 });
    expect(files(dir)).toEqual(files(fresh));
  });
});
