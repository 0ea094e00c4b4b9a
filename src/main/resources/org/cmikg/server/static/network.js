// The network page: /export?format=cytoscape drawn by Cytoscape.js. Nodes are coloured by kind (with a checkbox
// per kind to hide or show them), edges by type (the legend), a click on a node opens its page. Kinds and edge types
// are named by the ontology's labels of their classes and properties, in the page's language (kindLabel, label).
(function () {
  var v = cmiViews, d = v.data;
  var box = document.getElementById("network");
  var PALETTE = ["#0b5394", "#b45f06", "#38761d", "#990000", "#674ea7", "#bf9000", "#45818e", "#a64d79",
    "#6aa84f", "#3c78d8", "#e69138", "#741b47", "#666666"];
  function palette(keys) {
    var colours = {};
    keys.forEach(function (k, i) { colours[k] = PALETTE[i % PALETTE.length]; });
    return colours;
  }
  function counts(collection, field) {
    var c = {};
    collection.forEach(function (x) { var k = x.data(field) || "?"; c[k] = (c[k] || 0) + 1; });
    return c;
  }
  function swatchItem(colour, text, count, checkbox) {
    var li = document.createElement("li");
    var label = document.createElement("label");
    if (checkbox) label.appendChild(checkbox);
    var swatch = document.createElement("span");
    swatch.className = checkbox ? "swatch node" : "swatch";
    swatch.style.background = colour;
    label.appendChild(swatch);
    label.appendChild(document.createTextNode(text + " (" + count + ")"));
    li.appendChild(label);
    return li;
  }

  // The view chooser lists the named views the server has (GET /export).
  var viewSelect = document.getElementById("network-view");
  if (viewSelect) {
    fetch("/export").then(function (r) { return r.json(); }).then(function (views) {
      views.forEach(function (x) {
        var o = document.createElement("option");
        o.value = x.name;
        o.textContent = d.lang === "es" && x.titleEs ? x.titleEs : x.title;
        if (x.name === d.view) {
          o.selected = true;
          document.getElementById("network-title").textContent = o.textContent;
          var about = document.getElementById("network-description");
          about.textContent = d.lang === "es" && x.descriptionEs ? x.descriptionEs : x.description;
          // A view described only in English is marked as English on a Spanish page.
          if (d.lang === "es" && !x.descriptionEs) about.lang = "en";
        }
        viewSelect.appendChild(o);
      });
      if (!d.view) {
        var o = document.createElement("option");
        o.value = ""; o.selected = true; o.textContent = "SPARQL";
        viewSelect.insertBefore(o, viewSelect.firstChild);
      }
    });
    viewSelect.addEventListener("change", function () { if (viewSelect.value) document.getElementById("network-form").submit(); });
    if (d.from) document.getElementById("network-from").value = d.from;
    if (d.to) document.getElementById("network-to").value = d.to;
  }

  fetch("/export?" + d.selection + "&format=cytoscape&inline=1").then(function (r) {
    if (!r.ok) return r.text().then(function (t) { throw new Error(t); });
    return r.json();
  }).then(function (json) {
    box.textContent = "";
    box.removeAttribute("aria-busy");
    if (d.view) document.querySelector("a.sparql").href = "/query?query=" + encodeURIComponent(json.provenance.query);
    var cy = cytoscape({ container: box, elements: json.elements, minZoom: 0.1, maxZoom: 4 });
    var kindCount = counts(cy.nodes(), "kind"), typeCount = counts(cy.edges(), "type");
    var kindColour = palette(Object.keys(kindCount).sort()), typeColour = palette(Object.keys(typeCount).sort());
    var typeLabel = {}, kindLabel = {};
    cy.edges().forEach(function (e) { typeLabel[e.data("type")] = e.data("label") || e.data("type"); });
    cy.nodes().forEach(function (n) { kindLabel[n.data("kind") || "?"] = n.data("kindLabel") || n.data("kind") || "?"; });
    cy.style([
      { selector: "node", style: { "label": "data(label)", "font-size": 9, "text-wrap": "ellipsis", "text-max-width": 110,
        "width": 14, "height": 14, "background-color": function (n) { return kindColour[n.data("kind") || "?"]; } } },
      { selector: "edge", style: { "width": 1.2, "curve-style": "bezier", "target-arrow-shape": "triangle", "arrow-scale": 0.7,
        "line-color": function (e) { return typeColour[e.data("type") || "?"]; },
        "target-arrow-color": function (e) { return typeColour[e.data("type") || "?"]; } } },
      { selector: "node.focus", style: { "width": 24, "height": 24, "border-width": 3, "border-color": "#000", "font-weight": "bold" } }
    ]);
    if (d.focus) cy.getElementById(d.focus).addClass("focus");

    var kinds = document.getElementById("network-kinds");
    Object.keys(kindCount).sort().forEach(function (k) {
      var box = document.createElement("input");
      box.type = "checkbox"; box.checked = true; box.value = k; box.className = "kind-filter";
      box.addEventListener("change", function () {
        cy.nodes().filter(function (n) { return (n.data("kind") || "?") === k; }).style("display", box.checked ? "element" : "none");
        status();
      });
      kinds.appendChild(swatchItem(kindColour[k], kindLabel[k], kindCount[k], box));
    });
    var types = document.getElementById("network-edge-types");
    Object.keys(typeCount).sort().forEach(function (t) { types.appendChild(swatchItem(typeColour[t], typeLabel[t], typeCount[t])); });

    function status() {
      var nodes = cy.nodes(":visible").length, edges = cy.edges(":visible").length;
      v.status(nodes + (d.lang === "es" ? " nodos · " : " nodes · ") + edges + (d.lang === "es" ? " relaciones" : " edges"));
    }
    function layout(name) {
      cy.layout({ name: name, animate: false, fit: true, padding: 30 }).run();
      if (cy.zoom() > 1.2) { cy.zoom(1.2); cy.center(); }
    }
    var layoutSelect = document.getElementById("network-layout");
    if (d.focus && !d.view) layoutSelect.value = "concentric";
    layoutSelect.addEventListener("change", function () { layout(layoutSelect.value); });
    layout(layoutSelect.value);
    status();
    cy.on("tap", "node", function (e) {
      var url = e.target.data("url");
      if (url) window.top.location.href = url + (d.lang === "es" ? (url.indexOf("?") < 0 ? "?" : "&") + "lang=es" : "");
    });
    window.cmiNetwork = { cy: cy, provenance: json.provenance };
  }).catch(function (e) { box.textContent = e.message; v.status(e.message); });
})();
