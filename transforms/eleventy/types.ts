/**
 * The slice of Eleventy's configuration API this project uses. Eleventy 3 ships no type
 * declarations, so this keeps the config strictly typed without an `any` leak.
 */
export interface EleventyRenderData {
  dossier?: unknown;
  [key: string]: unknown;
}

export interface EleventyConfig {
  addExtension(
    ext: string,
    options: {
      outputFileExtension?: string;
      compile: (inputContent: string, inputPath: string) => (data: EleventyRenderData) => Promise<string>;
    },
  ): void;
  addFilter(name: string, fn: (...args: never[]) => unknown): void;
  addGlobalData(name: string, value: unknown): void;
  addPassthroughCopy(paths: string | Record<string, string>): void;
  addWatchTarget(path: string): void;
  addPlugin(plugin: unknown, options?: unknown): void;
  setUseGitIgnore(use: boolean): void;
  setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
  setServerOptions(options: Record<string, unknown>): void;
  setQuietMode(quiet: boolean): void;
  setWatchThrottleWaitTime(ms: number): void;
  on(event: "eleventy.after", handler: () => Promise<void>): void;
  ignores: { add(glob: string): void };
  watchIgnores: { add(glob: string): void };
}
