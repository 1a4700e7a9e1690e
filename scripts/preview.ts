// `npm run preview`: serves _site/ as a static host would, under PATH_PREFIX when one is set.
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { serveSite } from "./lib/serve.js";
import { settings } from "../transforms/config.js";

const { values } = parseArgs({ options: { port: { type: "string", default: settings().port }, dir: { type: "string", default: "_site" } } });
const prefix = settings().site.pathPrefix;
const server = createServer(serveSite(values.dir, prefix));
server.listen(Number(values.port), "127.0.0.1", () => {
  process.stderr.write(`Serving ${values.dir}/ at http://127.0.0.1:${values.port}${prefix}\n`);
});
