// Pagefind's own search code (the site's `pagefind/pagefind.js` and its WebAssembly), run in Node
// against a built site served over HTTP: the ranking, filters and sort orders a reader gets, without
// a browser. The options match layouts/assets/search.js.
import { pathToFileURL } from "node:url";
import { serve } from "./server.js";

export interface Hit {
  url: string;
  score: number;
}

export interface SearchResponse {
  hits: Hit[];
  filters: Record<string, Record<string, number>>;
}

interface PagefindModule {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(term: string, o?: Record<string, unknown>): Promise<{ results: { score: number; data(): Promise<{ url: string }> }[]; filters: Record<string, Record<string, number>> }>;
  destroy?(): Promise<void>;
}

let loads = 0;

/** Hits with scores rounded and ties in URL order: the order among equal scores follows page numbers, which differ between two indexes of the same pages. */
export function normalised(r: SearchResponse): { hits: [string, string][]; filters: SearchResponse["filters"] } {
  const hits = r.hits.map((h) => [h.url, h.score.toFixed(4)] as [string, string]);
  hits.sort((a, b) => Number(b[1]) - Number(a[1]) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { hits, filters: r.filters };
}

/** Runs `queries` (each with the given search options) against the site in `dir`; results in rank order. */
export async function searchSite(dir: string, queries: readonly { term: string; options?: Record<string, unknown> }[]): Promise<SearchResponse[]> {
  const server = await serve(dir);
  try {
    // A fresh module per site: pagefind.js keeps its index in module state.
    const pf = (await import(/* @vite-ignore */ `${pathToFileURL(`${dir}/pagefind/pagefind.js`).href}?load=${++loads}`)) as PagefindModule;
    await pf.options({ basePath: `${server.url}pagefind/`, baseUrl: "/", ranking: { metaWeights: { title: 0 } } });
    await pf.init();
    // Loads every filter index, so that each response counts every filter's values.
    await (pf as PagefindModule & { filters(): Promise<unknown> }).filters();
    const out: SearchResponse[] = [];
    for (const q of queries) {
      const r = await pf.search(q.term, q.options ?? {});
      out.push({ hits: await Promise.all(r.results.map(async (x) => ({ url: (await x.data()).url, score: x.score }))), filters: r.filters });
    }
    await pf.destroy?.();
    return out;
  } finally {
    await server.close();
  }
}
