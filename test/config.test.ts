// config.ts is the one reader of the environment: the names, defaults and parsing every script relies on.
import { describe, expect, it } from "vitest";
import { readSettings, SiteSettings } from "../transforms/config.js";

describe("readSettings", () => {
  it("gives the defaults for an empty environment", () => {
    const s = readSettings({});
    expect(s.site).toEqual({ title: "Dossier", description: "Briefings with every person, organisation and place linked.", url: "", pathPrefix: "/" });
    expect(s.port).toBe("8080");
    expect(s.ci).toBe(false);
    expect(s.timings).toBeUndefined();
    expect(s.pagefind).toEqual({ binaries: { pagefind_extended: undefined, pagefind: undefined }, arch: undefined });
  });

  it("reads each variable under its own name", () => {
    const s = readSettings({ SITE_TITLE: "Desk", SITE_URL: "https://example.org/news//", PATH_PREFIX: "/news/", PORT: "9000", CI: "TRUE", PAGEFIND_BINARY_PATH: "/opt/pagefind", NER_CORPORA: "/c" });
    expect(s.site).toMatchObject({ title: "Desk", url: "https://example.org/news", pathPrefix: "/news/" });
    expect(s.port).toBe("9000");
    expect(s.ci).toBe(true);
    expect(s.pagefind.binaries.pagefind).toBe("/opt/pagefind");
    expect(s.nerCorpora).toBe("/c");
  });

  it("treats only true and 1 as CI", () => {
    expect(readSettings({ CI: "1" }).ci).toBe(true);
    expect(readSettings({ CI: "false" }).ci).toBe(false);
    expect(readSettings({ CI: "" }).ci).toBe(false);
  });

  it("parses site settings from another source with the same schema", () => {
    expect(SiteSettings.parse({ title: "From a file", url: "https://x.test/" })).toMatchObject({ title: "From a file", url: "https://x.test", description: expect.any(String) });
  });
});
