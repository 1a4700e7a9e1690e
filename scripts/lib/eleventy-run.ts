// Renders the site with Eleventy into the folder given as the only argument. The build runs this
// in its own process, so the memory the annotation stages used is not added to Eleventy's peak.
import Eleventy from "@11ty/eleventy";

const out = process.argv[2];
if (!out) throw new Error("usage: eleventy-run.ts <output folder>");
const eleventy = new Eleventy("content", out, { configPath: "eleventy.config.ts", quietMode: true });
await eleventy.write();
