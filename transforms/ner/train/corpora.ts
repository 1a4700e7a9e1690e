import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { parseConll, type GoldSentence } from "../conll.js";
import { settings } from "../../config.js";

/** shared/ sits beside the repository checkout; NER_CORPORA overrides for other layouts. */
export function corporaRoot(): string {
  return settings().nerCorpora ?? fileURLToPath(new URL("../../../../shared/corpora", import.meta.url));
}

function load(rel: string, prefix: string): GoldSentence[] {
  return parseConll(readFileSync(join(corporaRoot(), "ner", rel), "utf8"), prefix);
}

export interface Splits {
  /** Always trained on. */
  train: GoldSentence[];
  /** PUD half used to pick hyper-parameters; folded into training for the shipped model. */
  tune: GoldSentence[];
  /** Never trained or tuned on: the other PUD half and EWT test. */
  heldOutPud: GoldSentence[];
  heldOutEwt: GoldSentence[];
}

/**
 * PUD documents alternate between tune and held-out in id order, so both halves mix
 * news ("n…") and Wikipedia ("w…") documents the same way.
 */
export function loadSplits(): Splits {
  const pud = load("uner-en-pud/en_pud-ud-test.iob2", "pud:");
  const docIds = [...new Set(pud.map((s) => s.doc))].sort();
  const tuneDocs = new Set(docIds.filter((_, i) => i % 2 === 0));
  return {
    train: [
      ...load("wikigold/wikigold.conll.txt", "wikigold:"),
      ...load("uner-en-ewt/en_ewt-ud-train.prerelease.iob2", "ewt:"),
      ...load("uner-en-ewt/en_ewt-ud-dev.iob2", "ewt:"),
    ],
    tune: pud.filter((s) => tuneDocs.has(s.doc)),
    heldOutPud: pud.filter((s) => !tuneDocs.has(s.doc)),
    heldOutEwt: load("uner-en-ewt/en_ewt-ud-test.iob2", "ewt:"),
  };
}

/** Raw wikinews articles: unlabelled, used only for word casing statistics. */
export function wikinewsDir(): string {
  return join(corporaRoot(), "wikinews");
}
