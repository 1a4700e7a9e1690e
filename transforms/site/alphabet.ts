import { compareEnglishBase } from "../text/collate.js";

export interface LetterGroup<T> {
  letter: string;
  /** A fragment-safe id for jump links ("person-a", "place-other"). */
  id: string;
  items: T[];
}

/** The letter a name files under: accents folded ("Ó" under O), anything else under "#". */
export function fileLetter(name: string): string {
  const first = name.normalize("NFD").replace(/[\u0300-\u036f]/gu, "").trim().charAt(0).toUpperCase();
  return /^[A-Z]$/u.test(first) ? first : "#";
}

/** Items grouped A–Z by name (then "#"), each group sorted by name as a reader expects. */
export function byLetter<T extends { name: string }>(items: readonly T[], idPrefix: string): LetterGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const letter = fileLetter(item.name);
    groups.set(letter, [...(groups.get(letter) ?? []), item]);
  }
  return [...groups.entries()]
    .sort((a, b) => (a[0] === "#" ? 1 : b[0] === "#" ? -1 : a[0].localeCompare(b[0])))
    .map(([letter, list]) => ({
      letter,
      id: `${idPrefix}-${letter === "#" ? "other" : letter.toLowerCase()}`,
      items: [...list].sort((a, b) => compareEnglishBase(a.name, b.name)),
    }));
}
