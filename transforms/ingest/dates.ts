import { format, isValid, parse } from "date-fns";

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/** A `YYYY-MM-DD` string for a real calendar day, or null. */
export function isoDay(value: string | Date): string | null {
  if (value instanceof Date) return isValid(value) ? value.toISOString().slice(0, 10) : null;
  const m = ISO_DAY.exec(value.trim());
  if (!m) return null;
  const day = parse(m[0], "yyyy-MM-dd", new Date(0));
  return isValid(day) && format(day, "yyyy-MM-dd") === m[0] ? m[0] : null;
}

/** The leading `date YYYY-MM-DD` token some feeds prepend to the first line. */
export const DATE_TOKEN = /^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})\b[ \t]*/i;

const DATELINE_FORMATS = ["EEEE, MMMM d, yyyy", "MMMM d, yyyy", "EEEE, d MMMM yyyy", "d MMMM yyyy"];

/** A line that is nothing but a date ("Friday, January 4, 2019", as Wikinews writes them). */
export function parseDateline(line: string): string | null {
  const text = line.trim();
  if (text.length < 8 || text.length > 40 || !/\d{4}$/.test(text)) return null;
  for (const f of DATELINE_FORMATS) {
    const day = parse(text, f, new Date(0));
    if (isValid(day)) return format(day, "yyyy-MM-dd");
  }
  return null;
}
