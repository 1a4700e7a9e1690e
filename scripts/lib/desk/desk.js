// The desk in the dev server: live reload, entity-page controls and the /review/ page. Everything
// shown comes from the server as data and is put in the page as text, never as markup.
(() => {
  const script = document.currentScript;
  const base = new URL(script.src).pathname.replace(/__desk\/desk\.js$/, "");
  const api = (route) => `${base}__desk/${route}`;
  const events = new EventSource(api("events"));
  events.onmessage = (e) => { if (e.data === "reload") location.reload(); };

  let token = null;
  const session = () => token ?? fetch(api("session")).then((r) => r.json()).then((j) => (token = j.token));

  function status(text) {
    let el = document.querySelector(".desk-status");
    if (!el) {
      el = Object.assign(document.createElement("p"), { className: "desk-status" });
      el.setAttribute("role", "status");
      (document.querySelector(".desk-controls") ?? document.body).after(el);
    }
    el.textContent = text;
  }

  /** Applies a verb; the server writes the files, rebuilds, and tells this page to reload. */
  async function apply(verb, args, extra = {}) {
    const t = await session();
    const res = await fetch(api("apply"), { method: "POST", headers: { "content-type": "application/json", "x-desk-token": t }, body: JSON.stringify({ verb, args, ...extra }) });
    const out = await res.json().catch(() => ({ message: res.statusText }));
    status(res.ok ? `${out.message} — rebuilding…` : `Not done: ${out.message}`);
  }

  const el = (tag, { dataset = {}, ...props } = {}, ...children) => {
    const node = Object.assign(document.createElement(tag), props);
    Object.assign(node.dataset, dataset);
    for (const c of children) node.append(c);
    return node;
  };
  const button = (label, onClick) => el("button", { type: "button", textContent: label, onclick: onClick });
  const TYPES = ["person", "organization", "place"];

  /** Merge into…, Reject, Change type and Rename for one entity. */
  function controls(id, type, name) {
    const into = el("input", { placeholder: "merge into id…", size: 18 });
    into.setAttribute("list", "desk-ids");
    into.setAttribute("aria-label", `Merge ${name} into`);
    const select = el("select", {}, ...TYPES.map((t) => el("option", { value: t, textContent: t, selected: t === type })));
    select.setAttribute("aria-label", `Type of ${name}`);
    return el(
      "div",
      { className: "desk-controls" },
      into,
      button("Merge", () => into.value && apply("merge", [id, into.value.trim()])),
      button("Reject", () => confirm(`Reject ${name}: no page, no mention, no link?`) && apply("reject", [id])),
      select,
      button("Change type", () => apply("type", [id, select.value])),
      button("Rename", () => {
        const next = prompt(`New name for ${name}`, name);
        if (next && next !== name) apply("rename", [id, next]);
      }),
    );
  }

  function side(s) {
    return el(
      "div",
      { className: "desk-side" },
      el("strong", { textContent: s.name }),
      ` [${s.id}, ${s.type}${s.origin === "registry" ? ", registry" : ""}] ${s.mentions} mention${s.mentions === 1 ? "" : "s"} in ${s.articles} article${s.articles === 1 ? "" : "s"}`,
      ...(s.context ? [el("q", { textContent: `${s.context.text} (${s.context.file})` })] : []),
    );
  }

  async function review() {
    const state = await fetch(api("state")).then((r) => r.json());
    const ids = new Map();
    for (const s of state.suggestions) for (const e of s.entities) ids.set(e.id, e.name);
    for (const q of state.queue) ids.set(q.id, q.name);
    document.getElementById("desk-ids").replaceChildren(...[...ids].map(([id, name]) => el("option", { value: id, label: name })));
    const list = document.querySelector(".desk-suggestions");
    list.replaceChildren(
      ...state.suggestions.map((s) => {
        const first = s.entities[0];
        const apply1 = button(s.verb === "merge" ? "Merge" : s.verb === "type" ? `Change type to ${s.args[1]}` : "Reject", () => apply(s.verb, s.args));
        apply1.className = "desk-apply";
        return el(
          "li",
          { className: "desk-item", dataset: { command: s.command } },
          el("h3", { textContent: `${s.reason} (score ${s.score.toFixed(2)})` }),
          ...s.entities.map(side),
          ...(s.kind === "duplicate" ? [el("p", { textContent: `${s.shared} article${s.shared === 1 ? "" : "s"} name both.` })] : []),
          el("code", { className: "desk-command", textContent: s.command }),
          el("div", { className: "desk-actions" }, apply1),
          controls(first.id, first.type, first.name),
        );
      }),
    );
    document.querySelector(".desk-queue").replaceChildren(
      ...state.queue.map((q) =>
        el("li", { className: "desk-item" }, side({ ...q, origin: "auto" }), controls(q.id, q.type, q.name)),
      ),
    );
  }

  document.addEventListener("DOMContentLoaded", () => {
    if (document.body.hasAttribute("data-desk-review")) return void review();
    const header = document.querySelector(".entity-page .entity-header");
    const id = location.pathname.slice(base.length).match(/^entities\/([a-z0-9-]+)\/$/)?.[1];
    if (!header || !id) return;
    document.head.append(el("link", { rel: "stylesheet", href: api("desk.css") }));
    const type = document.querySelector(".entity-header [class*='type-badge'], .entity-header .kicker")?.textContent ?? "";
    const name = header.querySelector("h1")?.textContent ?? id;
    header.append(controls(id, TYPES.find((t) => type.toLowerCase().includes(t.slice(0, 5))) ?? "person", name));
    header.append(el("datalist", { id: "desk-ids" }));
  });
})();
