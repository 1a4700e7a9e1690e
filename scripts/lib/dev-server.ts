// The dev server's HTTP side: the built site from Eleventy's watch output, live reload over
// server-sent events, and the desk (`/review/` and its write API). It listens on 127.0.0.1 only; a
// write needs the token the page fetched from this server and must come from this server's origin.
import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { serveSite } from "./serve.js";

export interface DeskApi {
  /** The review queue and suggestions, as JSON-ready data. */
  state(): unknown;
  /** Applies one verb; resolves to its one-line account, or rejects with the reason it was refused. */
  apply(request: { verb: string; args: string[]; name?: string; note?: string }): Promise<string>;
}

export interface DevServer {
  server: Server;
  /** Tells every open page to reload. */
  reload(): void;
}

const ASSETS = new URL("./desk/", import.meta.url);
const asset = (name: string) => readFileSync(new URL(name, ASSETS));

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { "content-type": type, "cache-control": "no-store", "x-content-type-options": "nosniff" });
  res.end(body);
}

async function body(req: IncomingMessage, limit = 64 * 1024): Promise<string> {
  let text = "";
  for await (const chunk of req) {
    text += chunk;
    if (text.length > limit) throw new Error("request too large");
  }
  return text;
}

export function startDevServer(options: { dir: string; port: number; prefix: string; desk: DeskApi; log: (line: string) => void }): DevServer {
  const { port, desk, log } = options;
  const base = `/${options.prefix.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
  const token = randomBytes(24).toString("hex");
  const origins = new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`]);
  const hosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const site = serveSite(options.dir, options.prefix);
  const listeners = new Set<ServerResponse>();

  /** Only this server's own pages: the right Host (no DNS rebinding), and no other origin's request. */
  const sameOrigin = (req: IncomingMessage) => {
    const origin = req.headers.origin;
    const fetchSite = req.headers["sec-fetch-site"];
    return hosts.has(req.headers.host ?? "") && (origin === undefined || origins.has(origin)) && (fetchSite === undefined || fetchSite === "same-origin" || fetchSite === "none");
  };

  const handleDesk = async (req: IncomingMessage, res: ServerResponse, route: string) => {
    if (!sameOrigin(req)) {
      log(`refused a desk request from ${req.headers.origin ?? req.headers.host ?? "an unknown origin"}`);
      return send(res, 403, "text/plain; charset=utf-8", "Refused: the desk answers only its own pages on this machine.\n");
    }
    if (route === "desk.js" || route === "desk.css") return send(res, 200, route.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8", asset(route));
    if (route === "events") {
      res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-store", connection: "keep-alive" });
      res.write(": connected\n\n");
      listeners.add(res);
      req.on("close", () => listeners.delete(res));
      return;
    }
    if (route === "session" && req.method === "GET") return send(res, 200, "application/json", JSON.stringify({ token }));
    if (route === "state" && req.method === "GET") return send(res, 200, "application/json", JSON.stringify(desk.state()));
    if (route === "apply" && req.method === "POST") {
      if (req.headers["x-desk-token"] !== token || !/^application\/json\b/.test(req.headers["content-type"] ?? "")) {
        log("refused a desk write without this server's token");
        return send(res, 403, "text/plain; charset=utf-8", "Refused: a write needs the token this server gave its page.\n");
      }
      try {
        const request = JSON.parse(await body(req)) as { verb: string; args: string[]; name?: string; note?: string };
        if (typeof request.verb !== "string" || !Array.isArray(request.args) || !request.args.every((a) => typeof a === "string")) throw new Error("malformed request");
        const message = await desk.apply(request);
        log(`desk: ${message}`);
        return send(res, 200, "application/json", JSON.stringify({ ok: true, message }));
      } catch (err) {
        return send(res, 400, "application/json", JSON.stringify({ ok: false, message: err instanceof Error ? err.message : String(err) }));
      }
    }
    return send(res, 404, "text/plain; charset=utf-8", "No such desk route.\n");
  };

  const server = createServer((req, res) => {
    const url = req.url ?? "/";
    const rest = url.startsWith(base) ? url.slice(base.length).split("?")[0]! : null;
    if (rest?.startsWith("__desk/")) return void handleDesk(req, res, rest.slice("__desk/".length));
    if (rest === "review/" || rest === "review") {
      if (!sameOrigin(req)) return send(res, 403, "text/plain; charset=utf-8", "Refused.\n");
      return send(res, 200, "text/html; charset=utf-8", asset("review.html").toString("utf8").replaceAll("{{base}}", base));
    }
    site(req, res);
  });
  server.listen(port, "127.0.0.1");
  return {
    server,
    reload() {
      for (const res of listeners) res.write("data: reload\n\n");
    },
  };
}
