// Golden cases for ingest: test/fixtures/ingest/<case>/input.txt → expected.json, the article as read
// (blocks as the text they cover) or the reason it is skipped. Update: UPDATE_GOLDEN=1 npm run test:golden
import path from "node:path";
import { describe } from "vitest";
import { ingest } from "../../transforms/ingest/index.js";
import { goldenCases } from "../helpers/golden.js";
import { ROOT } from "../helpers/project.js";

describe("ingest golden cases", () => {
  goldenCases(path.join(ROOT, "test/fixtures/ingest"), "expected.json", (bytes, name) => {
    const outcome = ingest(`${name}.txt`, bytes);
    if (!outcome.ok) return `${JSON.stringify(outcome, null, 2)}\n`;
    const { text, blocks, titleRange, ...meta } = outcome.article;
    const slice = (r: { start: number; end: number }) => text.slice(r.start, r.end);
    const shown = {
      ok: true,
      warnings: outcome.warnings,
      ...meta,
      titleLine: titleRange && slice(titleRange),
      blocks: blocks.map((b) => (b.kind === "list" ? { list: b.items.map(slice) } : { [b.kind]: slice(b) })),
      text,
    };
    return `${JSON.stringify(shown, null, 2)}\n`;
  });
});
