import type { IncomingMessage, ServerResponse } from "node:http";
import { readFileSync } from "node:fs";
import path from "node:path";
import sirv from "sirv";

/**
 * A request handler that serves a built site the way static hosts do: under an optional path
 * prefix, with the site's 404 page for anything missing.
 */
export function serveSite(dir: string, prefix = "/") {
  const base = `/${prefix.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
  const assets = sirv(dir, {
    dev: true,
    extensions: ["html"],
    etag: true,
    // Pagefind's own extensions are unknown to MIME tables; browsers need wasm served as wasm.
    setHeaders: (res, pathname) => {
      if (/\/wasm\.[^/]*\.pagefind$/.test(pathname)) res.setHeader("content-type", "application/wasm");
      else if (/\.(?:pagefind|pf_meta|pf_index|pf_fragment|pf_filter)$/.test(pathname)) res.setHeader("content-type", "application/octet-stream");
    },
  });
  const notFound = () => {
    try {
      return readFileSync(path.join(dir, "404.html"));
    } catch {
      return Buffer.from("Not found");
    }
  };
  return (req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? "/";
    const miss = () => {
      res.statusCode = 404;
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.end(notFound());
    };
    if (!url.startsWith(base)) return miss();
    req.url = `/${url.slice(base.length)}`;
    assets(req, res, miss);
  };
}
