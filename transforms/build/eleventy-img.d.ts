// @11ty/eleventy-img ships JavaScript without declarations; this is the call transforms/build/images.ts makes.
declare module "@11ty/eleventy-img" {
  interface ImageOptions {
    widths?: (number | "auto" | null)[];
    formats?: string[];
    outputDir?: string;
    urlPath?: string;
  }
  export default function Image(src: string | Buffer, options?: ImageOptions): Promise<Record<string, unknown[]>>;
}
