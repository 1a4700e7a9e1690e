import { createHash } from "node:crypto";
import { asDigest, type Digest } from "./model.js";

/**
 * A short content digest of several parts, each ended by a NUL so that ["ab", "c"] and ["a", "bc"]
 * differ. Cache keys and the render plan's page digests are all made with it.
 */
export function digest(...parts: readonly (string | Uint8Array)[]): Digest {
  const h = createHash("sha256");
  for (const p of parts) h.update(p).update("\0");
  return asDigest(h.digest("hex").slice(0, 32));
}
