import { iobSpans } from "./conll.js";
import type { Lexicons, TokenInfo } from "./features.js";
import { DocumentHistory } from "./history.js";
import { prepareDocument, prepareWithMatches } from "./prepare.js";
import { matchGazetteer } from "./gazetteer.js";
import { applyDocumentRules } from "./document-rules.js";
import { applyRules, isJunk } from "./postrules.js";
import { refineSpans, splitPlaceHyphens } from "./org-rules.js";
import { TAGS } from "./tags.js";
import { compactModel, tagSentenceCompact, type CompactModel } from "./compact-model.js";
import type { LinearModel } from "./tagger.js";
import { sentenceBounds, tokenize } from "./tokenize.js";
import { LABEL_TO_TYPE, type NerSpan, type Recogniser, type Token } from "./types.js";

/** Tokenises, tags and applies the span rules; pure given a model and lexicons. */
export class PerceptronRecogniser implements Recogniser {
  private readonly model: CompactModel;

  constructor(
    model: LinearModel,
    private readonly lex: Lexicons,
    private readonly useHistory = true,
  ) {
    this.model = compactModel(model);
  }

  /** Tags pre-split sentences; exposed so training can evaluate without re-tokenising gold data. */
  tagSentences(sentences: readonly (readonly string[])[]): string[][] {
    return this.tagDocument(prepareDocument(sentences, this.lex)).map((tags) => Array.from(tags, (t) => TAGS[t]!));
  }

  /** Tags a document's sentences in order, each seeing what the earlier ones said about its names. */
  private tagDocument(infos: readonly TokenInfo[][]): Uint8Array[] {
    const history = this.useHistory ? new DocumentHistory() : null;
    return infos.map((info) => {
      history?.annotate(info);
      const tags = tagSentenceCompact(this.model, info);
      history?.record(info, tags);
      return tags;
    });
  }

  recognise(text: string): NerSpan[] {
    const tokens: Token[] = [];
    for (const t of tokenize(text)) {
      const parts = splitPlaceHyphens(t.text, this.lex.gazetteer);
      if (!parts) {
        tokens.push(t);
        continue;
      }
      let at = t.start;
      parts.forEach((p, k) => {
        if (k > 0) {
          tokens.push({ text: "-", start: at, end: at + 1 });
          at += 1;
        }
        tokens.push({ text: p, start: at, end: at + p.length });
        at += p.length;
      });
    }
    const bounds = sentenceBounds(text, tokens);
    const sentences: Token[][] = [];
    for (let b = 0; b + 1 < bounds.length; b++) sentences.push(tokens.slice(bounds[b], bounds[b + 1]));
    const words = sentences.map((s) => s.map((t) => t.text));
    const { infos, matches } = prepareWithMatches(words, this.lex);
    const tagged = this.tagDocument(infos);
    const perSentence = words.map((w, si) => {
      const tags = Array.from(tagged[si]!, (t) => TAGS[t]!);
      const gaz = matches[si] ?? matchGazetteer(this.lex.gazetteer, w);
      // Refining can split a span into pieces ("North American" → "North" + "American"); junk is checked again.
      return refineSpans(w, applyRules(w, iobSpans(tags), gaz), gaz, this.lex.gazetteer.firstNames, this.lex).filter((s) => !isJunk(w, s));
    });
    const out: NerSpan[] = [];
    applyDocumentRules(words, perSentence, this.lex.gazetteer.firstNames).forEach((spans, si) => {
      const sent = sentences[si]!;
      for (const s of spans) {
        const start = sent[s.start]!.start;
        const end = sent[s.end - 1]!.end;
        const span: NerSpan = { start, end, text: text.slice(start, end), type: LABEL_TO_TYPE[s.label] };
        if (s.demonymOf) span.demonymOf = s.demonymOf;
        out.push(span);
      }
    });
    return out;
  }
}
