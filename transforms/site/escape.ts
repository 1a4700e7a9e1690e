const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Escapes text for HTML or XML content and quoted attributes: SVG and feed markup is built as strings. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/gu, (c) => ENTITIES[c]!);
}

/** Shortens a label to `max` characters on a word boundary where one is near, so graph labels stay legible. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf(" ", max - 1);
  return `${text.slice(0, cut > max / 2 ? cut : max - 1).trimEnd()}…`;
}

/**
 * Text for an element Pagefind reads as a filter value. Pagefind's default UI (1.5) puts filter
 * names and values into the page with innerHTML, so a source called `<img onerror=…>` would run in
 * a reader's browser on the search page. Angle brackets become look-alike quotation marks there;
 * nothing else can start markup.
 */
export function searchFilterText(text: string): string {
  return text.replace(/</gu, "‹").replace(/>/gu, "›");
}
