import { readFileSync } from "node:fs";
import { digest } from "../digest.js";

/**
 * Digest of the code that reads roles and quotations from a briefing. Caches of anything drawn from
 * them (briefing bodies, entity pages) include it, so editing a rule never serves stale output.
 */
export const QUOTE_CODE = digest(
  ...["./attribution.ts", "./roles.ts", "./role-words.ts", "./speech.ts", "./dossier.ts", "../text/quotation.ts"].map((f) => readFileSync(new URL(f, import.meta.url), "utf8")),
);
