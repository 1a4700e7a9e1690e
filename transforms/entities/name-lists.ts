import { readFileSync } from "node:fs";

interface NameLists {
  firstNames: ReadonlySet<string>;
  lastNames: ReadonlySet<string>;
  /** Countries, their other names, capitals, demonyms and cities: one-word names only. */
  places: ReadonlySet<string>;
  /** Lower-cased one-word organisation names. */
  orgs: ReadonlySet<string>;
}

let lists: NameLists | null = null;

/**
 * The recogniser's word lists as plain sets, for the corpus linker. Read from the same files as the
 * recogniser's gazetteer, without building its phrase index: the linker runs in the main thread,
 * where building that index would cost more than the lookups it serves.
 */
export function nameLists(): NameLists {
  if (!lists) {
    const read = <T>(name: string): T => JSON.parse(readFileSync(new URL(`../ner/data/${name}`, import.meta.url), "utf8")) as T;
    const names = read<{ firstNames: string[]; lastNames: string[]; cities: string[] }>("names.json");
    const countries = read<{ name: string; aliases: string[]; demonyms: string[]; capitals: string[] }[]>("countries.json");
    const places = new Set(names.cities.filter((c) => !c.includes(" ")));
    for (const c of countries) for (const p of [c.name, ...c.aliases, ...c.demonyms, ...c.capitals]) if (!p.includes(" ")) places.add(p);
    const orgs = new Set(read<{ orgs: string[] }>("orgs.json").orgs.filter((o) => !o.includes(" ")).map((o) => o.toLowerCase()));
    lists = { firstNames: new Set(names.firstNames), lastNames: new Set(names.lastNames), places, orgs };
  }
  return lists;
}
