import { tokenize } from "./normalise.js";

// Articles and Arabic/Hebrew article prefixes that writers add or drop freely.
const DROPPABLE = new Set(["al", "el", "the"]);

/**
 * The key under which two names count as the same entity across articles: case, accents, hyphens,
 * "al-"/"Al " and a leading "The" do not matter ("Al-Ansari" = "al Ansari" = "Ansari").
 */
export function canonicalKey(name: string): string {
  const keys = tokenize(name).map((t) => t.key);
  const kept = keys.filter((k) => !DROPPABLE.has(k));
  return (kept.length > 0 ? kept : keys).join(" ");
}
