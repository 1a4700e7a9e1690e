import { format, parseISO } from "date-fns";

/** "28 June 2025" from an ISO day; the site's one way of writing a date for people. */
export function readableDay(iso: string): string {
  return format(parseISO(iso), "d MMMM yyyy");
}

/** Days since the Unix epoch for an ISO `YYYY-MM-DD`, independent of the machine's time zone. */
export function dayNumber(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return Date.UTC(y, m - 1, d) / 86_400_000;
}
