// Renders the site with Eleventy into the folder given as the first argument. The build runs this
// in its own process, so the memory the annotation stages used is not added to Eleventy's peak.
//
// Further arguments are batch folders (see render-site.ts), rendered one after the other by a fresh
// Eleventy each: Eleventy keeps every page it rendered in memory until its run ends, so a run per
// batch bounds the peak by the batch, not the site. Without batches, all of content/ is rendered.
import path from "node:path";
import { existsSync } from "node:fs";
import Eleventy from "@11ty/eleventy";
import { setEntitySelectionFile } from "../../transforms/config.js";

const [out, ...batches] = process.argv.slice(2);
if (!out) throw new Error("usage: eleventy-run.ts <output folder> [<batch folder>…]");

async function render(input: string): Promise<void> {
  // `source: "cli"` makes the input given here win over the config's `dir.input` ("content"), as a
  // command-line --input would; batches have their own input folders.
  const eleventy = new Eleventy(input, out, { configPath: "eleventy.config.ts", quietMode: true, source: "cli" });
  await eleventy.write();
}

if (batches.length === 0) await render("content");
for (const batch of batches) {
  const selection = path.join(batch, "entities.json");
  setEntitySelectionFile(existsSync(selection) ? selection : undefined);
  await render(path.join(batch, "content"));
}
