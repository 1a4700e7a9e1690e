// One seeded generator for the whole project: the recogniser's training shuffles use it too.
export { seededRandom as seeded } from "../../../transforms/ner/train/random.js";

export function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)]!;
}

/** An integer in [lo, hi]. */
export function between(rand: () => number, lo: number, hi: number): number {
  return lo + Math.floor(rand() * (hi - lo + 1));
}
