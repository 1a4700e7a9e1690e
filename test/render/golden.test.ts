// Golden cases for the annotated markdown: test/fixtures/markdown/<case>/input.txt, read, annotated
// with the sample registry and the recogniser, → expected.md, the briefing body as Eleventy gets it.
// Update: UPDATE_GOLDEN=1 npm run test:golden
import path from "node:path";
import { describe } from "vitest";
import { ingestBytes } from "../../transforms/ingest/index.js";
import { readRegistry } from "../../transforms/entities/folder.js";
import { loadRecogniser } from "../../transforms/ner/index.js";
import { buildCorpus } from "../../transforms/build/pipeline.js";
import { bodyMarkdown } from "../../transforms/render/markdown.js";
import { goldenCases } from "../helpers/golden.js";
import { ROOT } from "../helpers/project.js";

const registry = (await readRegistry(path.join(ROOT, "content/entities"))).entities;
const recogniser = loadRecogniser();

describe("markdown golden cases", () => {
  goldenCases(path.join(ROOT, "test/fixtures/markdown"), "expected.md", (bytes, name) => {
    const corpus = buildCorpus([ingestBytes(`${name}.txt`, bytes)], registry, { recogniser });
    return bodyMarkdown(corpus.articles[0]!);
  });
});
