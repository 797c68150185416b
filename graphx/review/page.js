"use strict";
// The review page. All data comes from the server as JSON and reaches the page through textContent only.
(() => {
  const ARROW = { directed: "→", mediated: "→", mutual: "↔" };
  const view = { data: null, byId: new Map(), cards: new Map(), shown: [], current: 0, undo: [], busy: false };
  const $ = (id) => document.getElementById(id);

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function option(value, label) {
    const node = el("option", null, label);
    node.value = value;
    return node;
  }

  async function api(path, body) {
    const options = body === undefined ? {} : {
      method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body),
    };
    let response;
    try {
      response = await fetch(path, options);
    } catch (error) {
      throw new Error("the review server is not running (stopped, or idle too long): start `graphx review` again");
    }
    const data = await response.json();
    if (!response.ok) throw new Error(data.error || response.statusText);
    return data;
  }

  function say(text, failed = false) {
    $("message").textContent = text || "";
    $("message").className = failed ? "failed" : "";
  }

  function formOf(type) {
    const found = view.data.types.find((t) => t.name === type);
    return found ? found.form : "directed";
  }

  function actorName(id) {
    const found = view.data.actors.find((a) => a.id === id);
    return found ? `${found.name} (${id})` : id;
  }

  function describe(shape) {
    const form = formOf(shape.type);
    if (form === "directed") return `${shape.type}: ${shape.from} ${ARROW.directed} ${shape.to}`;
    if (form === "mediated") return `${shape.type}: ${shape.from} ${ARROW.mediated} ${shape.between.join(" & ")}`;
    return `${shape.type}: ${shape.between.join(` ${ARROW.mutual} `)}`;
  }

  function actorsOf(c) {
    const ids = [];
    for (const s of [c.shape, c.extracted]) ids.push(s.from, s.to, ...s.between);
    return ids.filter(Boolean);
  }

  // --- filters and the list ---------------------------------------------------------------------------------

  function fillFilters() {
    const documents = new Map();
    for (const c of view.data.candidates) for (const e of c.evidence) documents.set(e.document, e.title);
    for (const [path, title] of [...documents].sort()) $("filter-document").append(option(path, `${title} (${path})`));
    for (const t of view.data.types) $("filter-type").append(option(t.name, t.label));
    const used = new Set(view.data.candidates.flatMap(actorsOf));
    for (const a of view.data.actors) if (used.has(a.id)) $("filter-actor").append(option(a.id, `${a.name} (${a.id})`));
  }

  function applyFilters() {
    const status = $("filter-status").value;
    const documentPath = $("filter-document").value;
    const type = $("filter-type").value;
    const actor = $("filter-actor").value;
    const keep = view.shown[view.current];
    view.shown = view.data.candidates.filter((c) =>
      (status === "all" || c.status === status)
      && (!documentPath || c.evidence.some((e) => e.document === documentPath))
      && (!type || c.shape.type === type)
      && (!actor || actorsOf(c).includes(actor))).map((c) => c.id);
    const at = view.shown.indexOf(keep);
    view.current = at >= 0 ? at : 0;
    render();
  }

  function count() {
    const all = view.data.candidates;
    const left = all.filter((c) => c.status === "unreviewed").length;
    $("counter").textContent = `${left} left to review of ${all.length} candidates · ${view.shown.length} shown`;
  }

  // The whole list is built when the filters change; otherwise only the cards that changed are rebuilt.
  function render() {
    const list = $("list");
    list.replaceChildren();
    view.cards = new Map();
    if (!view.shown.length) list.append(el("p", "empty", "Nothing to show with these filters."));
    view.shown.forEach((id, index) => {
      const box = card(view.byId.get(id), index === view.current);
      view.cards.set(id, box);
      list.append(box);
    });
    count();
    scrollToCurrent();
  }

  function refresh(id) {
    const old = view.cards.get(id);
    if (!old) return;
    const box = card(view.byId.get(id), view.shown[view.current] === id);
    old.replaceWith(box);
    view.cards.set(id, box);
  }

  function scrollToCurrent() {
    const box = view.cards.get(view.shown[view.current]);
    if (box) box.scrollIntoView({ block: "nearest" });
  }

  function moveTo(index) {
    const before = view.shown[view.current];
    view.current = index;
    refresh(before);
    refresh(view.shown[view.current]);
    scrollToCurrent();
  }

  // --- one candidate ----------------------------------------------------------------------------------------

  function quote(evidence) {
    const p = el("p", "quote");
    let at = 0;
    for (const [start, end, kind] of evidence.marks) {
      if (start < at) continue;
      p.append(document.createTextNode(evidence.quote.slice(at, start)));
      p.append(el("mark", kind, evidence.quote.slice(start, end)));
      at = end;
    }
    p.append(document.createTextNode(evidence.quote.slice(at)));
    return p;
  }

  function card(c, current) {
    const box = el("article", current ? "card current" : "card");
    box.dataset.id = c.id;
    box.dataset.status = c.status;
    const head = el("div", "head");
    head.append(el("span", "what", describe(c.shape)), el("span", "status", c.status),
      el("span", "confidence", `confidence ${c.confidence}`), el("code", "id", c.id));
    if (c.edited) head.append(el("span", "was", `edited; extracted as ${describe(c.extracted)}`));
    box.append(head);
    for (const e of c.evidence) {
      box.append(quote(e));
      box.append(el("p", "meta", `${e.title} · ${e.document}${e.date ? ` · ${e.date}` : ""} · sentence ${e.sentence + 1}`));
    }
    box.append(actions(c, current));
    box.addEventListener("click", () => { if (!current) select(view.shown.indexOf(c.id)); });
    return box;
  }

  function button(label, title, handler) {
    const node = el("button", null, label);
    node.type = "button";
    node.title = title;
    node.addEventListener("click", (event) => { event.stopPropagation(); handler(); });
    return node;
  }

  function actions(c, current) {
    const row = el("div", "actions");
    row.append(button("Accept (a)", "accept", () => decide(c, "accepted", c.edited ? c.shape : null)),
      button("Reject (r)", "reject", () => decide(c, "rejected", null)));
    if (!current) return row;
    if (formOf(c.shape.type) === "directed") row.append(button("Reverse (v)", "reverse the direction and accept", () => reverse(c)));
    const types = el("select", "type-select");
    types.title = "change type";
    for (const t of view.data.types) types.append(option(t.name, t.label));
    types.value = c.shape.type;
    types.addEventListener("change", () => retype(c, types.value));
    row.append(el("label", null, "Type "), types);
    slots(c.shape).forEach(([slot, label, value]) => {
      const pick = el("select", "actor-select");
      pick.title = `change ${label}`;
      pick.dataset.slot = slot;
      pick.append(option(value, actorName(value)));
      pick.value = value;
      const fill = () => {  // every actor, only when wanted: a graph may know thousands
        if (pick.options.length > 1) return;
        pick.replaceChildren(...view.data.actors.map((a) => option(a.id, `${a.name} (${a.id})`)));
        pick.value = value;
      };
      pick.addEventListener("focus", fill);
      pick.addEventListener("mousedown", fill);
      pick.addEventListener("change", () => reactor(c, slot, pick.value));
      row.append(el("label", null, ` ${label} `), pick);
    });
    return row;
  }

  function slots(shape) {
    const form = formOf(shape.type);
    if (form === "directed") return [["from", "from", shape.from], ["to", "to", shape.to]];
    const sides = [["between0", "side", shape.between[0]], ["between1", "side", shape.between[1]]];
    return form === "mediated" ? [["from", "mediator", shape.from], ...sides] : sides;
  }

  function copy(shape) { return { type: shape.type, from: shape.from, to: shape.to, between: [...shape.between] }; }

  function reverse(c) {
    if (formOf(c.shape.type) !== "directed") return say("only a directed relation has a direction to reverse", true);
    const shape = copy(c.shape);
    [shape.from, shape.to] = [shape.to, shape.from];
    return decide(c, "accepted", shape);
  }

  function retype(c, type) {
    const from = formOf(c.shape.type);
    const to = formOf(type);
    const two = from === "directed" ? [c.shape.from, c.shape.to] : [...c.shape.between];
    const shape = { type, from: null, to: null, between: [] };
    if (to === "directed") [shape.from, shape.to] = from === "mediated" ? [c.shape.from, c.shape.between[0]] : two;
    else if (to === "mutual") shape.between = two;
    else if (from === "mediated") { shape.from = c.shape.from; shape.between = two; }
    else { refresh(c.id); return say(`a ${type} relation needs a mediator and two sides: choose a mediation candidate`, true); }
    return decide(c, "accepted", shape);
  }

  function reactor(c, slot, actor) {
    const shape = copy(c.shape);
    if (slot === "between0") shape.between[0] = actor;
    else if (slot === "between1") shape.between[1] = actor;
    else shape[slot] = actor;
    return decide(c, "accepted", shape);
  }

  // --- decisions --------------------------------------------------------------------------------------------

  function replaceCandidate(updated) {
    const at = view.data.candidates.findIndex((c) => c.id === updated.id);
    view.data.candidates[at] = updated;
    view.byId.set(updated.id, updated);
  }

  async function decide(c, action, edit, remember = true, advance = true) {
    if (view.busy) return;
    view.busy = true;
    const before = {
      id: c.id,
      action: c.status === "accepted" || c.status === "rejected" ? c.status : "unreviewed",
      edit: c.edited ? copy(c.shape) : null,
    };
    try {
      const body = { id: c.id, action };
      if (edit) body.edit = edit;
      const result = await api("api/decide", body);
      replaceCandidate(result.candidate);
      if (remember) view.undo.push(before);
      say(`${action === "unreviewed" ? "cleared" : action} ${c.id}: ${describe(result.candidate.shape)}`);
      refresh(c.id);
      count();
      const moved = edit === null && advance && action !== "unreviewed";
      if (moved && view.current < view.shown.length - 1) moveTo(view.current + 1);
    } catch (error) {
      say(`Not saved: ${error.message}`, true);
      refresh(c.id);
    } finally {
      view.busy = false;
    }
  }

  function undo() {
    const last = view.undo.pop();
    if (!last) return say("nothing to undo");
    const c = view.byId.get(last.id);
    const at = view.shown.indexOf(last.id);
    if (at >= 0) moveTo(at);
    return decide(c, last.action, last.edit, false, false);
  }

  function select(index) {
    if (index < 0 || index >= view.shown.length || index === view.current) return;
    moveTo(index);
  }

  function onKey(event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const tag = event.target.tagName;
    if (tag === "SELECT" || tag === "INPUT" || tag === "TEXTAREA") {
      if (event.key === "Escape") event.target.blur();
      return;
    }
    const c = view.byId.get(view.shown[view.current]);
    const keys = {
      j: () => select(view.current + 1), ArrowDown: () => select(view.current + 1),
      k: () => select(view.current - 1), ArrowUp: () => select(view.current - 1),
      a: () => c && decide(c, "accepted", c.edited ? c.shape : null),
      r: () => c && decide(c, "rejected", null),
      v: () => c && reverse(c),
      u: () => undo(),
      t: () => { const pick = document.querySelector(".card.current .type-select"); if (pick) pick.focus(); },
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  }

  async function start() {
    try {
      view.data = await api("api/state");
    } catch (error) {
      $("counter").textContent = `Could not load the candidates: ${error.message}`;
      return;
    }
    $("graph-name").textContent = view.data.graph;
    for (const c of view.data.candidates) view.byId.set(c.id, c);
    fillFilters();
    for (const id of ["filter-status", "filter-document", "filter-type", "filter-actor"]) {
      $(id).addEventListener("change", () => { applyFilters(); $(id).blur(); });
    }
    document.addEventListener("keydown", onKey);
    applyFilters();
    document.body.dataset.ready = "true";
  }

  start();
})();
