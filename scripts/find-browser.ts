// Prints the Chromium or Chrome the browser tests will use, or exits 1 with nothing printed.
// scripts/ensure-browser.sh calls it; see scripts/lib/browser.ts for where it looks.
import { findBrowser } from "./lib/browser.js";

const found = findBrowser();
if (found) process.stdout.write(`${found}\n`);
process.exitCode = found ? 0 : 1;
