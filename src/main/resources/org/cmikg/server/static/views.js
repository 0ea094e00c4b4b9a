// Shared by the network, map and timeline pages: the page's settings, SPARQL over /sparql, entity links.
var cmiViews = (function () {
  var data = JSON.parse(document.getElementById("view-data").textContent);
  var ID = "https://w3id.org/cmi-kg/id/";
  return {
    data: data,
    word: function (key) { return data.words[key] || key; },
    // Runs a SELECT on the endpoint; resolves to its bindings.
    select: function (query) {
      return fetch("/sparql", {
        method: "POST",
        headers: { "Accept": "application/sparql-results+json", "Content-Type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ query: query })
      }).then(function (r) {
        if (!r.ok) return r.text().then(function (t) { throw new Error("/sparql " + r.status + ": " + t); });
        return r.json();
      }).then(function (json) { return json.results.bindings; });
    },
    value: function (row, name) { return row[name] ? row[name].value : null; },
    // The local page of an entity IRI, in the page's language.
    href: function (iri) {
      var local = iri.indexOf(ID) === 0 ? "/id/" + iri.substring(ID.length) : iri;
      return data.lang === "es" ? local + "?lang=es" : local;
    },
    // Text for innerHTML-taking APIs (vis-timeline tooltips, Leaflet popups): every value escaped.
    escape: function (s) {
      return String(s == null ? "" : s).replace(/[&<>"']/g, function (c) {
        return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" }[c];
      });
    },
    status: function (text) {
      var el = document.getElementById("view-status");
      if (el) el.textContent = text;
    }
  };
})();
