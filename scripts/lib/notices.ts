import type { InputReport } from "./generate.js";

/** One line per repaired or skipped file, in the words the README's "Bad input" policy uses. */
export function printNotices(report: InputReport, write: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): void {
  for (const w of report.warnings) write(`warning: ${w.file}: ${w.reason}`);
  for (const s of report.skipped) write(`skipped: ${s.file}: ${s.reason}`);
}

/** The end-of-build tally. */
export function tally(published: number, report: InputReport): string {
  return `${published} published, ${report.warnings.length} warning${report.warnings.length === 1 ? "" : "s"}, ${report.skipped.length} skipped`;
}

/** `--strict`, or a CI environment (CI=true or 1, as CI services set it), fails a build that skipped a file. */
export function isStrict(argv: readonly string[], ci: boolean): boolean {
  return argv.includes("--strict") || ci;
}
