// config.ts is the one reader of the environment: the names, defaults and parsing every script relies on.
import { describe, expect, it } from "vitest";
import { readSettings } from "../transforms/config.js";
import { InputError } from "../transforms/errors.js";

describe("readSettings", () => {
  it("gives the defaults for an empty environment", () => {
    const s = readSettings({});
    expect(s.site).toMatchObject({ title: "Dossier", description: "Briefings with every person, organisation and place linked.", url: "", pathPrefix: "/", lang: "en", locale: "en_GB" });
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

  it("lays the site variables over content/site.yml; an empty one leaves the file's value", () => {
    const file = "title: From a file\nurl: https://x.test/\nlanguage: fr\n";
    expect(readSettings({}, file).site).toMatchObject({ title: "From a file", url: "https://x.test", lang: "fr", description: expect.any(String) });
    expect(readSettings({ SITE_URL: "https://y.test", SITE_TITLE: "" }, file).site).toMatchObject({ title: "From a file", url: "https://y.test" });
  });

  it("fails naming the file's key, or the variable, when a site setting is bad", () => {
    expect(() => readSettings({}, "language: 12\n")).toThrow(InputError);
    expect(() => readSettings({}, "language: 12\n")).toThrow(/^content\/site\.yml: 'language' must be text$/u);
    expect(() => readSettings({ SITE_URL: "example.org" })).toThrow(/environment variable SITE_URL must be an absolute http\(s\) URL/u);
  });
});
