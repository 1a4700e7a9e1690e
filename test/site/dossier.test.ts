// What entity pages and the home page make of roles, quotes and first sightings.
import { describe, expect, it } from "vitest";
import { newInBriefings, quoteGroups, QUOTES_PER_BRIEFING, rolesOverTime } from "../../transforms/site/dossier.js";
import { entityFeed } from "../../transforms/site/feeds.js";
import type { EntityView } from "../../transforms/corpus/views.js";
import type { RoleSummary } from "../../transforms/corpus/dossier.js";

const role = (text: string, first: string | null, count = 1): RoleSummary => ({ text, count, articles: ["a"], first, last: first });

describe("entity page dossier", () => {
  it("shows at most five quotes a briefing, newest briefing first, and counts the rest", () => {
    const quotes = [
      ...Array.from({ length: 7 }, (_, i) => ({ text: `new ${i}`, article: "b2", title: "B2", date: "2025-02-01" })),
      { text: "old", article: "b1", title: "B1", date: "2025-01-01" },
    ];
    const groups = quoteGroups(quotes);
    expect(groups.map((g) => [g.slug, g.quotes.length, g.more])).toEqual([
      ["b2", QUOTES_PER_BRIEFING, 2],
      ["b1", 1, 0],
    ]);
  });

  it("orders a person's changing roles by date, and only a person's", () => {
    const roles = [role("chancellor", "2024-07-10", 3), role("shadow chancellor", "2023-01-05"), role("MP", null)];
    expect(rolesOverTime({ type: "person", roles }).map((r) => r.text)).toEqual(["shadow chancellor", "chancellor"]);
    expect(rolesOverTime({ type: "organization", roles })).toEqual([]);
    expect(rolesOverTime({ type: "person", roles: [role("chancellor", "2024-07-10")] })).toEqual([]);
  });

  it("lists entities first seen in the latest seven days of dated briefings", () => {
    const seen = (id: string, date: string | null) => ({ id, name: id, type: "person", articles: [], mentions: 1, firstSeen: date ? { slug: id, title: id, date } : null }) as unknown as EntityView;
    const fresh = newInBriefings([seen("old", "2025-01-24"), seen("edge", "2025-01-25"), seen("new", "2025-01-31"), seen("undated", null)], "2025-01-31");
    expect(fresh.map((e) => e.id)).toEqual(["new", "edge"]);
    expect(newInBriefings([seen("new", "2025-01-31")], null)).toEqual([]);
  });

  it("says in the entity's feed which briefing first names it", () => {
    const card = (slug: string) => ({ title: slug, path: `/briefings/${slug}/`, published: "2025-01-01", updated: "2025-01-01", summary: "s", tags: [] });
    const e = { id: "x", name: "X <y>", articles: [{ slug: "later", contexts: [] }, { slug: "first", contexts: [] }], firstSeen: { slug: "first", title: "first", date: "2025-01-01" } } as unknown as EntityView;
    const feed = entityFeed(e, { later: card("later"), first: card("first") }, { title: "Dossier" });
    expect(feed.entries.map((x) => x.contentHtml.includes("First appearance of X &lt;y&gt;"))).toEqual([false, true]);
    expect(feed.subtitle).toContain("first seen 2025-01-01");
  });
});
