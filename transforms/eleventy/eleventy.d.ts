// Eleventy 3 ships JavaScript without declarations; these are the parts of its module we import.
declare module "@11ty/eleventy" {
  export const HtmlBasePlugin: unknown;
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: { configPath?: string; quietMode?: boolean; pathPrefix?: string; source?: "cli" | "script" });
    write(): Promise<unknown>;
  }
}

declare module "@11ty/eleventy-plugin-rss" {
  /** Registers the feed filters (dateToRfc3339, dateToRfc822, getNewestCollectionItemDate…). */
  export const rssPlugin: unknown;
  export function dateToRfc3339(date: Date): string;
}
