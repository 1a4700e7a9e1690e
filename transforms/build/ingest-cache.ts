// What each raw file ingested to, kept between builds: decoding, cleaning and cutting 5,000 articles
// into blocks took over a second of every build, and a daily build adds or edits a handful.
import type { IngestOutcome } from "../ingest/index.js";
import type { Remember } from "../ingest/files.js";
import { sourcesDigest } from "./analyse/fingerprint.js";
import { KeptValues } from "./kept-values.js";

/** What an ingested file depends on besides its name and bytes: the ingest code, and the libraries' versions. */
const CODE = ["transforms/model.ts", "transforms/ingest", "transforms/text", "transforms/errors.ts", "package.json"];

export class IngestCache {
  private kept: KeptValues<IngestOutcome> | null = null;
  constructor(private readonly dir: string) {}

  async open(): Promise<void> {
    this.kept = new KeptValues("ingested files", this.dir, [await sourcesDigest(CODE)]);
    await this.kept.open();
  }

  readonly remember: Remember = (key, make) => {
    if (!this.kept) throw new Error("IngestCache used before open");
    return this.kept.get(key, make);
  };

  async save(): Promise<void> {
    await this.kept?.save();
  }
}
