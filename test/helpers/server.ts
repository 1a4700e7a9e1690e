import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { serveSite } from "../../scripts/lib/serve.js";

/** Serves a built site on a free loopback port; returns its base URL and a closer. */
export async function serve(dir: string, prefix = "/"): Promise<{ url: string; close: () => Promise<void> }> {
  const server: Server = createServer(serveSite(dir, prefix));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix.replace(/\/?$/, "/")}`.replace(/\/+$/, "/"),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
