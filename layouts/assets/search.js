// The search page: Pagefind's UI with its filters, started from ?q= (and ?sort=) so header searches
// and shared links land on results. The sort control rebuilds the UI, keeping the query and filters.
window.addEventListener("DOMContentLoaded", () => {
  const params = new URLSearchParams(location.search);
  const sortBox = document.querySelector("#search-sort");
  const orders = { newest: { date: "desc" }, oldest: { date: "asc" } };
  let ui;

  const start = (query, filters) => {
    ui = new PagefindUI({
      element: "#search",
      showSubResults: true,
      showImages: false,
      autofocus: true,
      // Pagefind 1.5 boosts pages whose title shares words with the query; briefing headlines are
      // long enough to share words with most names, which buried the entity page searched for.
      // Without it, the entity page's own weighted name and aliases rank it first.
      ranking: { metaWeights: { title: 0 } },
      ...(orders[sortBox?.value] ? { sort: orders[sortBox.value] } : {}),
    });
    // Pagefind's box has only a placeholder; screen readers need a name that stays while typing.
    document.querySelector("#search input")?.setAttribute("aria-label", "Search briefings, people, organisations and places");
    if (query) ui.triggerSearch(query);
    if (filters && Object.keys(filters).length) ui.triggerFilters(filters);
  };

  if (sortBox) {
    sortBox.closest("p").classList.remove("pending");
    if (orders[params.get("sort")]) sortBox.value = params.get("sort");
    sortBox.addEventListener("change", () => {
      const query = document.querySelector("#search input")?.value ?? "";
      const filters = {};
      for (const box of document.querySelectorAll("#search input[type=checkbox]:checked")) (filters[box.name] ??= []).push(box.value);
      ui.destroy();
      start(query, filters);
      const url = new URL(location.href);
      url.searchParams.set("sort", sortBox.value);
      if (query) url.searchParams.set("q", query);
      history.replaceState(null, "", url);
    });
  }
  start(params.get("q"));
});
