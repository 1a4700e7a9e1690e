// The search page: Pagefind's UI with its filters, started from ?q= so header searches and links land on results.
window.addEventListener("DOMContentLoaded", () => {
  const ui = new PagefindUI({
    element: "#search",
    showSubResults: true,
    showImages: false,
    autofocus: true,
    // Pagefind 1.5 boosts pages whose title shares words with the query; briefing headlines are
    // long enough to share words with most names, which buried the entity page searched for.
    // Without it, the entity page's own weighted name and aliases rank it first.
    ranking: { metaWeights: { title: 0 } },
  });
  // Pagefind's box has only a placeholder; screen readers need a name that stays while typing.
  document.querySelector("#search input")?.setAttribute("aria-label", "Search briefings, people, organisations and places");
  const q = new URLSearchParams(location.search).get("q");
  if (q) ui.triggerSearch(q);
});
