// Lead images and the site's logo and favicon: resized by @11ty/eleventy-img into a folder Eleventy
// copies into the site (see eleventy.config.ts). An image that cannot be found or read never stops
// an article: the article is published without it, with a warning naming the file and the key.
import { copyFile, mkdir, readdir, realpath, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import Image from "@11ty/eleventy-img";
import sharp from "sharp";
import type { Article, LeadImage } from "../model.js";
import type { FileNotice } from "../ingest/files.js";
import { SETTINGS_FILE, type Logo } from "../settings.js";
import { InputError } from "../errors.js";

/** Where renditions are written, and the site path they are copied to. */
export const IMAGE_DIR = ".cache/site-assets";
export const IMAGE_URL = "/img/";

/** Widths of a lead image: a phone, the article column, and twice it for dense screens. */
const LEAD_WIDTHS = [480, 960, 1440];
/** The article column is at most 42rem (site.css `--measure`); below 40rem it is the viewport less its margins. */
const LEAD_SIZES = "(min-width: 46rem) 42rem, calc(100vw - 2rem)";

interface Rendition {
  format: string;
  width: number;
  height: number;
  url: string;
  srcset: string;
  sourceType: string;
}
type Metadata = Record<string, Rendition[]>;

async function render(file: string, widths: (number | "auto")[], formats: string[]): Promise<Metadata> {
  return (await Image(file, { widths, formats, outputDir: path.join(IMAGE_DIR, "img"), urlPath: IMAGE_URL })) as Metadata;
}

/** The path of `name` beside the article or under the raw folder's images/, if it exists inside `rawDir`. */
async function locate(article: Article, name: string, rawDir: string): Promise<string | null> {
  const root = await realpath(rawDir);
  for (const candidate of [path.join(path.dirname(article.file), name), path.join(rawDir, "images", name)]) {
    const real = await realpath(candidate).catch(() => null);
    // A symbolic link out of content/raw/ must not publish a file from elsewhere.
    if (real && (real + path.sep).startsWith(root + path.sep)) return real;
  }
  return null;
}

/** One lead image's renditions as the page shows them. */
export async function leadImage(file: string, alt: string): Promise<LeadImage> {
  const meta = await render(file, LEAD_WIDTHS, ["avif", "webp", "jpeg"]);
  const jpeg = meta.jpeg!;
  const largest = jpeg.at(-1)!;
  const sources = (["avif", "webp"] as const).filter((f) => meta[f]?.length).map((f) => ({ type: meta[f]![0]!.sourceType, srcset: meta[f]!.map((r) => r.srcset).join(", ") }));
  return {
    alt,
    width: largest.width,
    height: largest.height,
    src: jpeg[Math.min(1, jpeg.length - 1)]!.url,
    srcset: jpeg.map((r) => r.srcset).join(", "),
    sizes: LEAD_SIZES,
    sources,
    og: { url: largest.url, width: largest.width, height: largest.height, type: largest.sourceType },
  };
}

/**
 * Each article's lead image rendered, or dropped with a warning when its file is missing, outside
 * content/raw/ or not an image. Articles without one pass through untouched.
 */
export async function withLeadImages(articles: readonly Article[], rawDir: string): Promise<{ articles: Article[]; warnings: FileNotice[]; rendered: number }> {
  const warnings: FileNotice[] = [];
  let rendered = 0;
  const out = await Promise.all(
    articles.map(async (a): Promise<Article> => {
      if (!a.image) return a;
      const file = await locate(a, a.image.file, rawDir);
      if (!file) {
        warnings.push({ file: a.file, reason: `front matter 'image': no file '${a.image.file}' beside the article or in ${rawDir}/images/; published without the image` });
        return { ...a, image: null };
      }
      try {
        const lead = await leadImage(file, a.image.alt);
        rendered++;
        return { ...a, image: { ...a.image, lead } };
      } catch (err) {
        const why = (err instanceof Error ? err.message : String(err)).split("\n")[0]!.slice(0, 200);
        warnings.push({ file: a.file, reason: `front matter 'image': '${a.image.file}' could not be read as an image (${why}); published without the image` });
        return { ...a, image: null };
      }
    }),
  );
  return { articles: out, warnings, rendered };
}

/** The masthead shows the logo 40 CSS pixels high, with a rendition twice that for dense screens. */
const LOGO_HEIGHT = 40;

async function logoImage(file: string): Promise<Logo> {
  const { width = 1, height = 1 } = await sharp(file).metadata();
  const cssWidth = Math.max(1, Math.round((width / height) * LOGO_HEIGHT));
  const meta = await render(file, [cssWidth, cssWidth * 2], ["png"]);
  const png = meta.png!;
  return { src: png[0]!.url, srcset: png.map((r, i) => `${r.url} ${i + 1}x`).join(", "), width: cssWidth, height: LOGO_HEIGHT };
}

/**
 * A .ico holding one 32×32 PNG: an ICONDIR header, one ICONDIRENTRY, then the PNG, as browsers have
 * read them since Windows Vista. Twenty-two bytes of header do not earn a dependency.
 */
export function icoFromPng(png: Buffer, size: number): Buffer {
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(1, 4);
  header.writeUInt8(size >= 256 ? 0 : size, 6);
  header.writeUInt8(size >= 256 ? 0 : size, 7);
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  header.writeUInt32LE(png.length, 16);
  header.writeUInt32LE(22, 18);
  return Buffer.concat([header, png]);
}

/** The favicon when no logo is configured: the site's mark, kept beside the layouts. */
export const DEFAULT_FAVICON = "layouts/favicon.ico";

/**
 * The logo's renditions (when one is configured) and /favicon.ico, made from the logo or else the
 * default mark. `logoFile` must exist: the settings check refuses a logo that does not.
 */
export async function siteImages(logoFile: string | null): Promise<{ logo: Logo | null }> {
  await mkdir(IMAGE_DIR, { recursive: true });
  const target = path.join(IMAGE_DIR, "favicon.ico");
  if (!logoFile) {
    await copyFile(DEFAULT_FAVICON, target);
    return { logo: null };
  }
  try {
    const icon = await sharp(logoFile)
      .resize(32, 32, { fit: "contain", background: { r: 0, g: 0, b: 0, alpha: 0 } })
      .png()
      .toBuffer();
    await writeFile(target, icoFromPng(icon, 32));
    return { logo: await logoImage(logoFile) };
  } catch (err) {
    // A desk's logo is a setting, not an article: a bad one fails the build, as any bad setting does.
    throw new InputError(SETTINGS_FILE, `'logo' (${logoFile}) could not be read as an image (${(err instanceof Error ? err.message : String(err)).split("\n")[0]!.slice(0, 200)})`);
  }
}

/** Removes renditions no page uses any more (an image replaced or an article deleted). */
export async function pruneImages(used: ReadonlySet<string>): Promise<number> {
  const dir = path.join(IMAGE_DIR, "img");
  const names = await readdir(dir).catch(() => [] as string[]);
  const stale = names.filter((n) => !used.has(`${IMAGE_URL}${n}`));
  await Promise.all(stale.map((n) => rm(path.join(dir, n), { force: true })));
  return stale.length;
}

/** Every rendition URL a lead image or logo names. */
export function imageUrls(images: readonly (LeadImage | null | undefined)[], logo: Logo | null): Set<string> {
  const urls = new Set<string>();
  const add = (srcset: string) => srcset.split(", ").forEach((s) => urls.add(s.split(" ")[0]!));
  for (const i of images) if (i) [i.srcset, ...i.sources.map((s) => s.srcset)].forEach(add);
  if (logo) add(logo.srcset);
  return urls;
}
