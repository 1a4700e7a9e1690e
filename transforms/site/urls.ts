/**
 * The URL a feed, sitemap or JSON-LD block should carry for a root-relative site path. Pages link
 * root-relatively and Eleventy's HtmlBasePlugin adds the path prefix; files read outside the site
 * (feeds, sitemaps, structured data) need the prefix, and the origin when SITE_URL gives one.
 */
export function absoluteUrl(path: string, origin: string, pathPrefix = "/"): string {
  if (/^[a-z][a-z0-9+.-]*:/iu.test(path)) return path;
  const prefix = `/${pathPrefix.replace(/^\/+|\/+$/gu, "")}`.replace(/^\/$/u, "");
  const rooted = path.startsWith("/") ? path : `/${path}`;
  return `${origin.replace(/\/+$/u, "")}${prefix}${rooted}`;
}

/**
 * An Atom id: the absolute URL when the site has an origin; otherwise a URN from the path, since an
 * id must be an absolute IRI even when links can stay relative.
 */
export function feedId(path: string, origin: string, pathPrefix = "/"): string {
  if (origin) return absoluteUrl(path, origin, pathPrefix);
  return `urn:dossier:${absoluteUrl(path, "", pathPrefix).replace(/^\/+/u, "")}`;
}
