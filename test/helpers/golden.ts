import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";

/** Set to rewrite the expected files from the current output: `UPDATE_GOLDEN=1 npm run test:golden`. */
const UPDATE = process.env.UPDATE_GOLDEN === "1";

/**
 * One test per folder under `dir`: `input.txt` (bytes as on disk) through `make`, compared with the
 * folder's `expected` file. A new case is a new folder; its expected file is written by the update
 * command and read by a person before it is committed.
 */
export function goldenCases(dir: string, expected: string, make: (input: Buffer, name: string) => string): void {
  const cases = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
  it("has cases", () => expect(cases.length).toBeGreaterThan(0));
  for (const name of cases) {
    it(name, () => {
      const actual = make(readFileSync(path.join(dir, name, "input.txt")), name);
      const file = path.join(dir, name, expected);
      if (UPDATE) writeFileSync(file, actual);
      expect(existsSync(file), `${file} is missing: run UPDATE_GOLDEN=1 npm run test:golden`).toBe(true);
      expect(actual).toBe(readFileSync(file, "utf8"));
    });
  }
}
