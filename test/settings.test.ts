import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DEFAULT_SETTINGS, describeProblems, ogLocale, parseSettings, type SettingsResult } from "../transforms/settings.js";
import { readSettings, readSiteFile } from "../transforms/config.js";
import { InputError } from "../transforms/errors.js";

function settingsOf(r: SettingsResult) {
  if (!r.ok) throw new Error(describeProblems(r.problems).join("\n"));
  return r.settings;
}
const problems = (yaml: string | null, env: Record<string, string> = {}) => {
  const r = parseSettings(yaml, env);
  return r.ok ? [] : describeProblems(r.problems).map((m) => `content/site.yml: ${m}`);
};

describe("site settings: content/site.yml", () => {
  it("defaults, with no file and no environment, to the site as it has always been", () => {
    expect(settingsOf(parseSettings(null))).toEqual({
      title: "Dossier",
      description: "Briefings with every person, organisation and place linked.",
      url: "",
      lang: "en",
      locale: "en_GB",
      pathPrefix: "/",
      navigation: [],
      footer: null,
      logo: null,
    });
    expect(settingsOf(parseSettings(""))).toEqual(DEFAULT_SETTINGS);
  });

  it("reads every key", () => {
    const s = settingsOf(
      parseSettings(
        [
          "title: Harbour Desk",
          "description: News from the harbour.",
          "url: https://news.example.org/",
          "language: pt-pt",
          "path_prefix: briefing",
          "navigation:",
          "  - section: Business & Economy",
          "  - label: About",
          "    link: /about/",
          "  - label: Paper",
          "    link: https://paper.example.org/",
          "footer: Written by the newsroom.",
          "logo: images/logo.svg",
        ].join("\n"),
      ),
    );
    expect(s).toEqual({
      title: "Harbour Desk",
      description: "News from the harbour.",
      url: "https://news.example.org",
      lang: "pt-PT",
      locale: "pt_PT",
      pathPrefix: "/briefing/",
      navigation: [
        { label: "Business & Economy", href: "/sections/business-and-economy/" },
        { label: "About", href: "/about/" },
        { label: "Paper", href: "https://paper.example.org/" },
      ],
      footer: "Written by the newsroom.",
      logo: "images/logo.svg",
    });
  });

  it("lets non-empty SITE_URL, PATH_PREFIX, SITE_TITLE and SITE_DESCRIPTION override the file", () => {
    const s = settingsOf(parseSettings("url: https://a.example\npath_prefix: /a/\ntitle: A", { SITE_URL: "https://b.example", PATH_PREFIX: "/b/", SITE_TITLE: "B", SITE_DESCRIPTION: "" }));
    expect(s).toMatchObject({ url: "https://b.example", pathPrefix: "/b/", title: "B", description: DEFAULT_SETTINGS.description });
  });

  it("derives og:locale from the language", () => {
    expect(ogLocale("fr")).toBe("fr_FR");
    expect(ogLocale("en")).toBe("en_GB");
    expect(ogLocale("en-US")).toBe("en_US");
    expect(ogLocale("pt-BR")).toBe("pt_BR");
  });

  const bad: [string, RegExp][] = [
    ["title: ''", /content\/site\.yml: 'title' must not be empty/],
    ["title: [a]", /'title' must be text/],
    ["navigation: x", /'navigation' must be a list of entries/],
    ["url: news.example.org", /'url' must be an absolute http\(s\) URL/],
    ["url: javascript:alert(1)", /'url' must be an absolute http\(s\) URL/],
    ["language: english", /'language' must be a BCP 47 language tag/],
    ["language: en_GB", /'language' must be a BCP 47 language tag/],
    ["path_prefix: /a b/", /'path_prefix' must be a path such as \/ or \/briefing\//],
    ["navigation:\n  - label: X\n    link: javascript:alert(1)", /'navigation\[0\]\.link' must be a site path starting with \/ or an http\(s\) URL/],
    ["navigation:\n  - label: X", /'navigation\[0\]' must be either 'label' and 'link', or 'section'/],
    ["footer: " + "x".repeat(400), /'footer' must be at most 300 characters/],
    ["logo: logo.txt", /'logo' must be a PNG, JPEG, WebP, AVIF, GIF or SVG file/],
    ["logo: ../secret.png", /'logo' must be a file inside content\//],
    ["titel: Oops", /'titel' is not a setting Dossier reads/],
    ["title: [unclosed", /content\/site\.yml: is not valid YAML at line 1/],
    ["- a list", /content\/site\.yml: must be 'key: value' lines/],
  ];
  it.each(bad)("refuses %j, naming the key and the reason", (yaml, message) => {
    expect(problems(yaml).join("\n")).toMatch(message);
  });

  it("refuses a bad environment override, naming the variable", () => {
    expect(problems(null, { SITE_URL: "ftp://x" })).toEqual(["content/site.yml: environment variable SITE_URL must be an absolute http(s) URL such as https://news.example.org"]);
    expect(problems(null, { PATH_PREFIX: "no spaces please" }).join()).toMatch(/environment variable PATH_PREFIX must be a path/);
  });

  it("reads the file from a project, and fails with every bad key named", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "dossier-settings-"));
    try {
      const readSiteSettings = (root: string, env: Record<string, string>) => readSettings(env, readSiteFile(root)).site;
      expect(readSiteSettings(dir, {})).toEqual(DEFAULT_SETTINGS);
      mkdirSync(path.join(dir, "content"));
      writeFileSync(path.join(dir, "content", "site.yml"), "title: Harbour\nlanguage: fr\n");
      expect(readSiteSettings(dir, {})).toMatchObject({ title: "Harbour", lang: "fr", locale: "fr_FR" });
      writeFileSync(path.join(dir, "content", "site.yml"), "url: nope\nlanguage: 12\n");
      expect(() => readSiteSettings(dir, {})).toThrow(InputError);
      expect(() => readSiteSettings(dir, {})).toThrow(/^content\/site\.yml: 'url' must be .*; 'language' must be/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
