// Eleventy 3 ships JavaScript without declarations; these are the parts of its module we import.
declare module "@11ty/eleventy" {
  export const HtmlBasePlugin: unknown;
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: { configPath?: string; quietMode?: boolean; pathPrefix?: string });
    write(): Promise<unknown>;
  }
}
