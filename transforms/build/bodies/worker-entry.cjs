// Entry file for worker threads that run a TypeScript module (`workerData.module`, a file path).
// Under Node 20 a worker gets none of tsx's ESM loader from its parent, and its CommonJS hook only
// when the parent was started through tsx's CLI (not under vitest, say); so this plain CommonJS file
// registers tsx's CommonJS hook itself and requires the module, as Piscina does for its workers.
require("tsx/cjs/api").register();
require(require("node:worker_threads").workerData.module);
