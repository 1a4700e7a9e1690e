import { readFileSync } from "node:fs";
import path from "node:path";
import type { EntityType } from "../../transforms/model.js";
import type { Recogniser } from "../../transforms/ner/index.js";
import { ingestText } from "../../transforms/ingest/index.js";
import { buildCorpus } from "../../transforms/build/pipeline.js";
import { loadFolder } from "../../transforms/entities/folder.js";
import { applyDecisions, type Applied } from "../../transforms/entities/apply-decisions.js";
import type { Change, Desk } from "../../transforms/corpus/desk.js";

/** A recogniser that reports fixed forms wherever they occur, so the desk is pinned independently of the model. */
export function fixedRecogniser(forms: readonly [string, EntityType][]): Recogniser {
  return {
    recognise(text) {
      const out: { start: number; end: number; text: string; type: EntityType }[] = [];
      for (const [form, type] of forms) {
        for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
          const before = text[at - 1] ?? " ";
          const after = text[at + form.length] ?? " ";
          if (/\p{L}/u.test(before) || /\p{L}/u.test(after)) continue;
          if (!out.some((c) => at < c.end && c.start < at + form.length)) out.push({ start: at, end: at + form.length, text: form, type });
        }
      }
      return out.sort((a, b) => a.start - b.start);
    },
  };
}

/** A small newsroom: one registry entity (Qatar), the rest found "automatically". */
export const FORMS: [string, EntityType][] = [
  ["John Doe", "person"], ["J. Doe", "person"], ["Golden Globe", "person"], ["Acme Corp", "place"],
  ["Springfield", "place"], ["United Nations", "organization"], ["UN", "organization"], ["Mary Major", "person"],
];
export const TEXTS = [
  "Talks in Doha\n\nJohn Doe met Mary Major in Qatar. John Doe said the United Nations (UN) would help.\n",
  "Prize night\n\nJ. Doe won a Golden Globe in Springfield. J. Doe thanked Acme Corp and Mary Major.\n",
  "Aid\n\nThe UN sent aid to Springfield. The United Nations said Acme Corp paid. Golden Globe voters met.\n",
];
export const QATAR = "id: qatar\nname: Qatar\ntype: place\naliases:\n  - State of Qatar\ndescription: Country in the Gulf.\n";

/** The corpus the files' registry and decisions produce from TEXTS, as a build would link it. */
export function decide(files: ReadonlyMap<string, string>): Applied & { folderErrors: string[] } {
  const folder = loadFolder([...files].map(([name, text]) => ({ name, file: `content/entities/${name}`, text })));
  const linked = buildCorpus(TEXTS.map((t, i) => ingestText(`a${i}.txt`, t)), folder.entities, { recogniser: fixedRecogniser(FORMS) });
  return { ...applyDecisions(linked, folder.decisions), folderErrors: folder.errors.map((e) => e.message) };
}

export function deskOf(files: ReadonlyMap<string, string>): Desk {
  return { dir: "content/entities", files, corpus: decide(files).corpus };
}

/** The folder after a verb's changes. */
export function after(files: ReadonlyMap<string, string>, changes: readonly Change[]): Map<string, string> {
  const next = new Map(files);
  for (const c of changes) {
    if (c.text === null) next.delete(c.name);
    else next.set(c.name, c.text);
  }
  return next;
}

/** Entity id of each mention in an article, in text order. */
export const idsIn = (a: Applied, file: string) => a.corpus.articles.find((x) => x.article.file === file)!.mentions.map((m) => `${m.text}=${m.entityId}`);

/**
 * Gives the sample site an automatically found place to correct: "the Gulf" named as a place near the
 * top of two sample articles, which the recogniser tags there and then in the articles' later "Gulf
 * state" and "Gulf countries" (on their own it leaves those modifiers as text).
 */
export function withGulf(project: { dir: string; write(rel: string, content: string): void }): void {
  for (const file of ["000_0e7be6b793f56f29.txt", "004_64001abcc88f1d3c.txt"]) {
    const rel = `content/raw/${file}`;
    const text = readFileSync(path.join(project.dir, rel), "utf8");
    const firstBreak = text.indexOf("\n\n");
    project.write(rel, `${text.slice(0, firstBreak)}\n\nShipping in the Gulf was halted.${text.slice(firstBreak)}`);
  }
}
