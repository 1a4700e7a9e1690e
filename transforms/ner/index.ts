import { readFileSync } from "node:fs";
import { loadGazetteer } from "./gazetteer.js";
import { decodeModel } from "./model-file.js";
import { PerceptronRecogniser } from "./recogniser.js";
import type { Recogniser } from "./types.js";

export type { NerSpan, NerType, Recogniser } from "./types.js";

export const MODEL_URL = new URL("../../models/ner-en.bin.gz", import.meta.url);

let cached: Recogniser | null = null;

/** Loads the shipped model once; later calls return the same recogniser. */
export function loadRecogniser(): Recogniser {
  if (!cached) {
    const data = decodeModel(readFileSync(MODEL_URL));
    cached = new PerceptronRecogniser(
      { weights: data.weights, mask: (1 << data.bits) - 1 },
      { gazetteer: loadGazetteer(), wordFlags: data.wordFlags, ...(data.clusters ? { clusters: data.clusters } : {}) },
    );
  }
  return cached;
}
