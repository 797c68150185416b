/* graphx map: draws the data block with vis-network and wires the panel.
   Every text from the graph goes into the page through textContent or form values, never as HTML. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("graphx-data").textContent);
  var byId = function (id) { return document.getElementById(id); };
  var container = byId("map");
  var tooltip = byId("tooltip");
  var details = byId("details");
  var nodeRecords = {};
  var edgeRecords = {};
  var incident = {};
  data.nodes.forEach(function (n) { nodeRecords[n.id] = n; incident[n.id] = []; });
  data.edges.forEach(function (e) {
    edgeRecords[e.id] = e;
    incident[e.from].push(e.id);
    incident[e.to].push(e.id);
  });
  var typeByName = {};
  data.types.forEach(function (t) { typeByName[t.name] = t; });

  var state = { types: {}, asOf: null, focus: null };
  data.types.forEach(function (t) { state.types[t.name] = true; });

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  var api = { network: network, nodes: nodes, edges: edges, data: data, state: state, drawnAt: null };
  window.graphx = api;

  network.on("beforeDrawing", function (ctx) {
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = "#ffffff";
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.restore();
  });
  network.once("afterDrawing", function () {
    api.drawnAt = performance.now();
    document.body.setAttribute("data-drawn", "true");
  });

  /* ---- small DOM helpers: text only ---- */
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function actorName(id) { var a = data.actors[id]; return a ? a.name : id; }

  /* ---- descriptions of actors and relations, shared by tooltips and the details panel ---- */
  function describeActor(id) {
    var actor = data.actors[id];
    var box = el("div");
    box.appendChild(el("p", "head", actor.name));
    box.appendChild(el("p", "meta", id + " \u00b7 " + actor.kind));
    if (actor.part_of) { box.appendChild(el("p", "meta", "Part of: " + actorName(actor.part_of))); }
    if (actor.aliases && actor.aliases.length) {
      box.appendChild(el("p", "meta", "Also: " + actor.aliases.join(", ")));
    }
    if (actor.note) { box.appendChild(el("p", "meta", actor.note)); }
    var shown = incident[id].filter(edgeVisible).length;
    box.appendChild(el("p", "meta", shown + (shown === 1 ? " line" : " lines") + " on the map"));
    return box;
  }

  function relationSummary(relation) {
    var type = typeByName[relation.type];
    var label = type ? type.label : relation.type;
    if (relation.between && relation.between.length && relation.from) {
      return label + ": " + actorName(relation.from) + " \u2192 between " +
        relation.between.map(actorName).join(" and ");
    }
    if (relation.between && relation.between.length) {
      return label + ": " + relation.between.map(actorName).join(" \u2194 ");
    }
    return label + ": " + actorName(relation.from) + " \u2192 " + actorName(relation.to);
  }

  function describeRelation(relationId) {
    var relation = data.relations[relationId];
    var box = el("div");
    box.appendChild(el("p", "head", relationSummary(relation)));
    if (relation.when) { box.appendChild(el("p", "meta", "Date: " + relation.when)); }
    if (relation.origin && relation.origin !== "curated") {
      box.appendChild(el("p", "meta", "Origin: " + relation.origin));
    }
    if (relation.confidence !== undefined) { box.appendChild(el("p", "meta", "Confidence: " + relation.confidence)); }
    if (relation.note) { box.appendChild(el("p", "meta", "Note: " + relation.note)); }
    relation.evidence.forEach(function (item) {
      box.appendChild(el("p", "quote", "\u201c" + item.quote + "\u201d"));
      var source = data.sources[item.source] || {};
      var parts = [source.title || item.source, source.publisher, source.date, source.url || source.file];
      box.appendChild(el("p", "source", "\u2014 " + parts.filter(Boolean).join(", ")));
    });
    return box;
  }

  /* ---- what is visible: type checkboxes, the date, and the focused neighbourhood ---- */
  function dateVisible(relation) {
    if (state.asOf === null) { return true; }
    if (relation.from_day && relation.from_day > state.asOf) { return false; }
    return !(relation.end_day && relation.end_day < state.asOf);
  }
  function edgeVisible(edgeId) {
    var relation = data.relations[edgeRecords[edgeId].rel];
    return state.types[relation.type] !== false && dateVisible(relation);
  }

  var applied = {};
  var DIM_NODE = { background: "#e5e8e8", border: "#cacfd2", highlight: { background: "#e5e8e8", border: "#909497" } };
  var DIM_EDGE = { color: "#d5d8dc", highlight: "#d5d8dc", hover: "#d5d8dc", opacity: 0.5 };

  function applyView() {
    var visibleEdges = {};
    var visibleNodes = {};
    var edgeCount = 0;
    var relationsShown = {};
    data.edges.forEach(function (e) {
      if (edgeVisible(e.id)) {
        visibleEdges[e.id] = true;
        visibleNodes[e.from] = true;
        visibleNodes[e.to] = true;
        edgeCount += 1;
        relationsShown[e.rel] = true;
      }
    });
    data.nodes.forEach(function (n) { if (incident[n.id].length === 0) { visibleNodes[n.id] = true; } });
    var near = null;
    if (state.focus !== null) {
      near = {};
      near[state.focus] = true;
      incident[state.focus].forEach(function (id) {
        if (visibleEdges[id]) { near[edgeRecords[id].from] = true; near[edgeRecords[id].to] = true; }
      });
    }
    var nodeUpdates = [];
    var nodeCount = 0;
    data.nodes.forEach(function (n) {
      var hidden = !visibleNodes[n.id];
      var dim = !hidden && near !== null && !near[n.id];
      if (!hidden) { nodeCount += 1; }
      var key = (hidden ? "h" : "") + (dim ? "d" : "");
      if ((applied["n:" + n.id] || "") === key) { return; }
      applied["n:" + n.id] = key;
      nodeUpdates.push({
        id: n.id,
        hidden: hidden,
        color: dim ? DIM_NODE : n.color,
        font: dim ? { color: "#aab7b8" } : { color: "#1b2631" },
      });
    });
    var edgeUpdates = [];
    data.edges.forEach(function (e) {
      var hidden = !visibleEdges[e.id];
      var dim = !hidden && near !== null && e.from !== state.focus && e.to !== state.focus;
      var key = (hidden ? "h" : "") + (dim ? "d" : "");
      if ((applied["e:" + e.id] || "") === key) { return; }
      applied["e:" + e.id] = key;
      edgeUpdates.push({ id: e.id, hidden: hidden, color: dim ? DIM_EDGE : e.color });
    });
    if (nodeUpdates.length) { nodes.update(nodeUpdates); }
    if (edgeUpdates.length) { edges.update(edgeUpdates); }
    var relationCount = Object.keys(relationsShown).length;
    byId("status").textContent = "Showing " + nodeCount + " of " + data.nodes.length + " actors, " +
      relationCount + " of " + Object.keys(data.relations).length + " relations (" + edgeCount + " lines).";
    api.shown = { nodes: nodeCount, edges: edgeCount, relations: relationCount };
  }

  /* ---- details panel and tooltips ---- */
  function showDetails(content) {
    clear(details);
    details.appendChild(content);
  }
  function describeFocus(id) {
    var box = describeActor(id);
    var list = el("ul", "links");
    incident[id].filter(edgeVisible).forEach(function (edgeId) {
      list.appendChild(el("li", null, relationSummary(data.relations[edgeRecords[edgeId].rel])));
    });
    box.appendChild(list);
    return box;
  }
  function showTooltip(content, pointer) {
    clear(tooltip);
    tooltip.appendChild(content);
    tooltip.hidden = false;
    var frame = container.getBoundingClientRect();
    var left = Math.min(pointer.x + 14, Math.max(0, frame.width - tooltip.offsetWidth - 4));
    var top = pointer.y + 14;
    if (top + tooltip.offsetHeight > frame.height) { top = Math.max(0, pointer.y - tooltip.offsetHeight - 14); }
    tooltip.style.left = left + "px";
    tooltip.style.top = top + "px";
  }
  function hideTooltip() { tooltip.hidden = true; }

  network.on("hoverNode", function (p) { showTooltip(describeActor(p.node), p.pointer.DOM); });
  network.on("hoverEdge", function (p) { showTooltip(describeRelation(edgeRecords[p.edge].rel), p.pointer.DOM); });
  network.on("blurNode", hideTooltip);
  network.on("blurEdge", hideTooltip);
  network.on("dragStart", hideTooltip);
  network.on("zoom", hideTooltip);

  function focusOn(id) {
    state.focus = id;
    applyView();
    if (id === null) {
      network.unselectAll();
      return;
    }
    network.selectNodes([id]);
    showDetails(describeFocus(id));
  }

  network.on("click", function (p) {
    if (p.nodes.length) {
      focusOn(p.nodes[0]);
    } else if (p.edges.length) {
      focusOn(null);
      showDetails(describeRelation(edgeRecords[p.edges[0]].rel));
    } else {
      focusOn(null);
    }
  });

  /* ---- search ---- */
  var names = byId("actor-names");
  var labels = [];
  data.nodes.forEach(function (n) {
    var actor = data.actors[n.id];
    [n.id, actor.name].concat(actor.aliases || []).forEach(function (label) {
      labels.push({ text: label, folded: label.toLowerCase(), id: n.id });
    });
    var option = document.createElement("option");
    option.value = actor.name;
    names.appendChild(option);
  });
  function findActor(query) {
    var folded = query.trim().toLowerCase();
    if (!folded) { return null; }
    var i;
    for (i = 0; i < labels.length; i += 1) { if (labels[i].folded === folded) { return labels[i].id; } }
    for (i = 0; i < labels.length; i += 1) { if (labels[i].folded.indexOf(folded) === 0) { return labels[i].id; } }
    for (i = 0; i < labels.length; i += 1) { if (labels[i].folded.indexOf(folded) >= 0) { return labels[i].id; } }
    return null;
  }
  byId("controls").addEventListener("submit", function (event) {
    event.preventDefault();
    var query = byId("search").value;
    var found = findActor(query);
    var result = byId("search-result");
    if (found === null) {
      result.textContent = query.trim() ? "No actor matches \u201c" + query.trim() + "\u201d." : "";
      return;
    }
    result.textContent = "Found " + actorName(found) + " (" + found + ").";
    focusOn(found);
    network.focus(found, { scale: Math.max(network.getScale(), 1), animation: false });
  });

  /* ---- legend: relation types with their checkboxes, and actor kinds ---- */
  var FORMS = { directed: "from \u2192 to", mutual: "both ways \u2194", mediated: "mediator \u2192 each party" };
  var typeBox = byId("types");
  data.types.forEach(function (type) {
    var entry = el("label", "entry");
    var box = el("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = type.name;
    box.disabled = type.count === 0;
    box.addEventListener("change", function () {
      state.types[type.name] = box.checked;
      applyView();
    });
    var swatch = el("span", "swatch");
    swatch.style.borderTopColor = type.color;
    swatch.style.borderTopStyle = type.style;
    var text = el("span", "text", type.label);
    text.title = type.description || "";
    text.appendChild(el("span", "form", FORMS[type.form] || ""));
    entry.appendChild(box);
    entry.appendChild(swatch);
    entry.appendChild(text);
    entry.appendChild(el("span", "count", type.count));
    typeBox.appendChild(entry);
  });
  if (data.imported) {
    typeBox.appendChild(
      el("p", "hint", "Thin lines: " + data.imported + " imported event counts (wider with more events).")
    );
  }
  var kindBox = byId("kinds");
  data.kinds.forEach(function (kind) {
    var entry = el("div", "entry");
    var dot = el("span", "dot");
    dot.style.backgroundColor = kind.color;
    entry.appendChild(dot);
    entry.appendChild(el("span", "text", kind.name));
    kindBox.appendChild(entry);
  });
  kindBox.appendChild(el("p", "hint", "Dot size grows with the number of lines."));

  /* ---- date control ---- */
  var slider = byId("asof");
  var sliderOn = byId("asof-on");
  var sliderLabel = byId("asof-label");
  if (data.dates.length) {
    byId("dates").hidden = false;
    slider.max = String(data.dates.length - 1);
    slider.value = String(data.dates.length - 1);
    var setDate = function () {
      state.asOf = sliderOn.checked ? data.dates[Number(slider.value)] : null;
      sliderLabel.textContent = state.asOf === null ? "all dates" : state.asOf;
      applyView();
    };
    slider.addEventListener("input", function () { sliderOn.checked = true; setDate(); });
    sliderOn.addEventListener("change", setDate);
  }

  /* ---- buttons ---- */
  byId("reset").addEventListener("click", function () {
    Array.prototype.forEach.call(typeBox.querySelectorAll("input"), function (box) {
      box.checked = true;
      state.types[box.value] = true;
    });
    sliderOn.checked = false;
    state.asOf = null;
    sliderLabel.textContent = "all dates";
    byId("search").value = "";
    byId("search-result").textContent = "";
    focusOn(null);
    network.fit({ animation: false });
  });
  byId("save-png").addEventListener("click", function () {
    var canvas = container.querySelector("canvas");
    var link = document.createElement("a");
    link.download = data.stem + ".png";
    link.href = canvas.toDataURL("image/png");
    document.body.appendChild(link);
    link.click();
    link.remove();
  });

  if (data.focus) { focusOn(data.focus); } else { applyView(); }
}());
