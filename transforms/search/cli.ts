// Runs the Pagefind indexer binary as a child process. The Node API streams every bundle file back
// over the service's stdio (about a third of the stage on a 15,000-page site); the binary writes its
// bundle itself.
import { spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { arch, platform } from "node:os";
import path from "node:path";
import { settings, type PagefindSettings } from "../config.js";

const EXECUTABLES = ["pagefind_extended", "pagefind"] as const;

/** `pagefind/package.json` where Node would find the package from here (its exports hide that file from `require.resolve`). */
function pagefindPackage(): string {
  for (const dir of createRequire(import.meta.url).resolve.paths("pagefind") ?? []) {
    const file = path.join(dir, "pagefind", "package.json");
    if (existsSync(file)) return file;
  }
  throw new Error("the pagefind package is not installed");
}

/** The installed `pagefind` package's version (its platform binaries are pinned to it). */
export function pagefindVersion(): string {
  return (JSON.parse(readFileSync(pagefindPackage(), "utf8")) as { version: string }).version;
}

/**
 * The indexer binary, found as the `pagefind` package's own bin wrapper finds it: an explicit
 * `PAGEFIND_EXTENDED_BINARY_PATH` / `PAGEFIND_BINARY_PATH`, else the platform package
 * (`@pagefind/linux-x64`, `@pagefind/darwin-arm64`, …) resolved from where `pagefind` is installed.
 * The extended build comes first: it segments Chinese and Japanese text.
 */
export function pagefindBinary(found: PagefindSettings = settings().pagefind): string {
  for (const name of EXECUTABLES) {
    const explicit = found.binaries[name];
    if (explicit) return explicit;
  }
  const os = platform() === "win32" ? "windows" : platform();
  const cpu = found.arch || arch();
  const require = createRequire(pagefindPackage());
  for (const name of EXECUTABLES) {
    try {
      return require.resolve(`@pagefind/${os}-${cpu}/bin/${os === "windows" ? `${name}.exe` : name}`);
    } catch {
      // not installed for this platform under this name; try the next
    }
  }
  throw new Error(`no Pagefind binary for ${os}-${cpu}: neither @pagefind/${os}-${cpu} is installed nor PAGEFIND_BINARY_PATH set`);
}

/**
 * Indexes the HTML under `site` into `output` (an absolute folder). Resolves once the binary has
 * exited and so has finished writing; rejects with its own output (errors and warnings only, as it
 * runs with `--quiet`) when it fails.
 */
export function runPagefind(site: string, output: string, binary = pagefindBinary()): Promise<void> {
  const args = ["--site", site, "--output-path", output, "--quiet"];
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ["ignore", "pipe", "pipe"], windowsHide: true });
    const out: Buffer[] = [];
    child.stdout.on("data", (d: Buffer) => out.push(d));
    child.stderr.on("data", (d: Buffer) => out.push(d));
    child.on("error", (err) => reject(new Error(`could not run ${binary}: ${err.message}`)));
    child.on("close", (code, signal) => {
      const text = Buffer.concat(out).toString("utf8").trim();
      if (code === 0) {
        // Warnings (a page it could not parse, say) are worth seeing even when indexing succeeded.
        if (text) process.stderr.write(`${text.split("\n").map((l) => `pagefind: ${l}`).join("\n")}\n`);
        resolve();
      } else {
        // The binary prints each error several times (once per worker); once is enough.
        const lines = [...new Set(text.split("\n").map((l) => l.trim()).filter(Boolean))];
        reject(new Error(`${path.basename(binary)} ${args.join(" ")} ${signal ? `was killed by ${signal}` : `exited with ${code}`}${lines.length ? `: ${lines.slice(-6).join(" ")}` : ""}`));
      }
    });
  });
}
