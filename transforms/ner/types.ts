export type NerType = "person" | "organization" | "place";

export interface NerSpan {
  start: number;
  end: number;
  text: string;
  type: NerType;
  /** Set when the span is a demonym or country adjective ("Qatari"): the country it refers to. */
  demonymOf?: string;
}

export interface Recogniser {
  recognise(text: string): NerSpan[];
}

/** A token of the input text; `start`/`end` are string indices into that text. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Short tag labels used by the tagger and the corpora. */
export type EntityLabel = "PER" | "ORG" | "LOC";

export const LABELS: readonly EntityLabel[] = ["PER", "ORG", "LOC"];

export const LABEL_TO_TYPE: Record<EntityLabel, NerType> = {
  PER: "person",
  ORG: "organization",
  LOC: "place",
};

export const TYPE_TO_LABEL: Record<NerType, EntityLabel> = {
  person: "PER",
  organization: "ORG",
  place: "LOC",
};
