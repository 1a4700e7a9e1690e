import type { LocalEntity } from "../model.js";
import { sameGivenName } from "./nicknames.js";

/** The automatic entities being built across the corpus: one per key, with every local that joined it. */
export interface AutoGroup {
  key: string;
  members: { doc: number; local: LocalEntity }[];
}

/** The keys of every group each document takes part in: what a group's articles are about. */
function contextByDoc(groups: ReadonlyMap<string, AutoGroup>): Map<number, Set<string>> {
  const out = new Map<number, Set<string>>();
  for (const g of groups.values()) {
    for (const { doc } of g.members) {
      const set = out.get(doc) ?? new Set<string>();
      set.add(g.key);
      out.set(doc, set);
    }
  }
  return out;
}

function sharesContext(a: AutoGroup, b: AutoGroup, context: ReadonlyMap<number, Set<string>>): boolean {
  const docsA = new Set(a.members.map((m) => m.doc));
  const docsB = new Set(b.members.map((m) => m.doc));
  for (const d of docsA) if (docsB.has(d)) return true;
  const around = new Set<string>();
  for (const d of docsA) for (const k of context.get(d) ?? []) if (k !== a.key) around.add(k);
  for (const d of docsB) for (const k of context.get(d) ?? []) if (k !== b.key && around.has(k)) return true;
  return false;
}

/**
 * Two person groups that differ only by a short given name ("Rafa Benitez" / "Rafael Benitez")
 * are one person when their articles share something else (the same article, or another entity
 * such as "Liverpool"). Different given names with one surname (Tony and Ian Blair) never join.
 * Returns the merges as [from key, into key]; the caller moves the members.
 */
export function nicknameMerges(groups: ReadonlyMap<string, AutoGroup>): [string, string][] {
  const people = [...groups.values()].filter((g) => g.members.some((m) => m.local.type === "person") && g.key.split(" ").length >= 2);
  const bySurname = new Map<string, AutoGroup[]>();
  for (const g of people) {
    const words = g.key.split(" ");
    const list = bySurname.get(words[words.length - 1]!) ?? [];
    list.push(g);
    bySurname.set(words[words.length - 1]!, list);
  }
  // Built on the first candidate pair: most corpora have none.
  let context: Map<number, Set<string>> | null = null;
  const merges: [string, string][] = [];
  for (const list of bySurname.values()) {
    if (list.length < 2) continue;
    // Larger groups absorb smaller ones, so the fuller, more used spelling keeps the page.
    list.sort((a, b) => b.members.length - a.members.length || (a.key < b.key ? -1 : 1));
    const merged = new Set<string>();
    for (let i = 0; i < list.length; i++) {
      if (merged.has(list[i]!.key)) continue;
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        const wa = a.key.split(" ");
        const wb = b.key.split(" ");
        if (merged.has(b.key) || wa.length !== wb.length || wa[0] === wb[0]) continue;
        if (wa.slice(1).join(" ") !== wb.slice(1).join(" ") || !sameGivenName(wa[0]!, wb[0]!)) continue;
        context ??= contextByDoc(groups);
        if (!sharesContext(a, b, context)) continue;
        merges.push([b.key, a.key]);
        merged.add(b.key);
      }
    }
  }
  return merges;
}
