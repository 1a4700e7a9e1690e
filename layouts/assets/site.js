// Dossier's only script: theme toggle, "/" to search, entity previews. Every page works without it.
(() => {
  const root = document.documentElement;
  const media = matchMedia("(prefers-color-scheme: dark)");
  const KEY = "dossier-theme";

  // Theme: the head script already applied a stored choice; this only offers the switch.
  const toggle = document.querySelector(".theme-toggle");
  const dark = () => (root.dataset.theme || (media.matches ? "dark" : "light")) === "dark";
  const sync = () => toggle.setAttribute("aria-pressed", String(dark()));
  if (toggle) {
    toggle.hidden = false;
    sync();
    toggle.addEventListener("click", () => {
      const next = dark() ? "light" : "dark";
      root.dataset.theme = next;
      try {
        localStorage.setItem(KEY, next);
      } catch {
        // Private modes may refuse storage; the choice then lasts for this page only.
      }
      sync();
    });
    media.addEventListener("change", sync);
  }

  // "/" jumps to search, as on many reading sites, unless the reader is typing somewhere.
  const search = document.getElementById("site-search-q");
  const q = new URLSearchParams(location.search).get("q");
  if (search && q && !search.value) search.value = q;
  document.addEventListener("keydown", (e) => {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey || !search) return;
    const t = e.target;
    if (t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName))) return;
    e.preventDefault();
    search.focus();
    search.select();
  });

  // Entity previews: name, type and description on hover or focus (a tooltip that stays while
  // the pointer moves onto it and closes on Escape, per WCAG 1.4.13).
  const links = document.querySelectorAll("a.entity[data-description]");
  if (!links.length) return;
  const TYPES = { person: "Person", organization: "Organisation", place: "Place" };
  const tip = document.createElement("div");
  tip.id = "entity-preview";
  tip.setAttribute("role", "tooltip");
  tip.hidden = true;
  document.body.append(tip);
  let current = null;
  let timer = 0;

  const hide = () => {
    clearTimeout(timer);
    tip.hidden = true;
    current?.removeAttribute("aria-describedby");
    current = null;
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(hide, 250);
  };
  const show = (a) => {
    clearTimeout(timer);
    if (current === a) return;
    current?.removeAttribute("aria-describedby");
    current = a;
    const name = document.createElement("strong");
    name.textContent = a.dataset.name;
    const type = document.createElement("span");
    type.className = `badge badge--${a.dataset.type}`;
    const marker = document.createElement("span");
    marker.className = "marker";
    type.append(marker, TYPES[a.dataset.type] || a.dataset.type);
    const desc = document.createElement("p");
    desc.textContent = a.dataset.description;
    tip.className = "entity-preview";
    tip.replaceChildren(name, type, desc);
    tip.hidden = false;
    const r = a.getBoundingClientRect();
    const left = Math.max(8, Math.min(r.left, innerWidth - tip.offsetWidth - 8));
    tip.style.left = `${scrollX + left}px`;
    tip.style.top = `${scrollY + r.bottom + 6}px`;
    a.setAttribute("aria-describedby", tip.id);
  };

  for (const a of links) {
    // The popover replaces the native tooltip, which would otherwise show the same text twice.
    a.removeAttribute("title");
    a.addEventListener("mouseenter", () => show(a));
    a.addEventListener("focus", () => show(a));
    a.addEventListener("mouseleave", later);
    a.addEventListener("blur", hide);
  }
  tip.addEventListener("mouseenter", () => clearTimeout(timer));
  tip.addEventListener("mouseleave", later);
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape") hide();
  });
})();
