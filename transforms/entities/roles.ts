import type { Range } from "../model.js";
import { DESCRIPTOR_WORDS } from "../ner/descriptors.js";
import { TITLE_WORDS, titleKey } from "../ner/titles.js";
import { HONORIFICS } from "./titles.js";
import { nameLists } from "./name-lists.js";

/** Words that join a title phrase ("Chancellor of the Exchequer"); never its first or only word. */
const CONNECTORS = new Set(["of", "the", "for", "and", "to"]);
const WORD_BEFORE = /(\S+)\s+$/u;
const LOOK_BACK = 80;

function isRoleWord(word: string): boolean {
  const key = titleKey(word);
  return TITLE_WORDS.has(key) || DESCRIPTOR_WORDS.has(key) || HONORIFICS.has(key);
}

function isPlaceWord(word: string): boolean {
  return nameLists().places.has(word);
}

/**
 * The description written right before a person's name, which the recogniser keeps out of the
 * name: "Chancellor of the Exchequer" before "Gordon Brown", "Tory chancellor" before "Ken Clarke",
 * "Sprinter" before "Kelly Holmes", "US President" before "Donald Trump". Undefined when the name
 * has none. Only words on the same line, without punctuation between, are read.
 */
export function roleBefore(text: string, mention: Range): string | undefined {
  const from = Math.max(0, mention.start - LOOK_BACK);
  let window = text.slice(from, mention.start);
  const newline = window.lastIndexOf("\n");
  if (newline >= 0) window = window.slice(newline + 1);
  const words: string[] = [];
  let hasRole = false;
  for (let m = WORD_BEFORE.exec(window); m; m = WORD_BEFORE.exec(window)) {
    const word = m[1]!;
    const role = isRoleWord(word);
    // A country or its adjective belongs to the title it qualifies ("US President"), never alone.
    const ok = role || (hasRole && (CONNECTORS.has(word.toLowerCase()) || isPlaceWord(word)));
    if (!ok || !/^[\p{L}.'’-]+$/u.test(word)) break;
    words.unshift(word);
    hasRole ||= role;
    window = window.slice(0, m.index);
  }
  while (words.length > 0 && CONNECTORS.has(words[0]!.toLowerCase())) words.shift();
  return hasRole && words.length > 0 ? words.join(" ") : undefined;
}
