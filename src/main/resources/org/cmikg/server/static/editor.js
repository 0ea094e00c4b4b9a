// The query editor: YASGUI on /sparql, one tab per example query of the project (queries/*.rq).
// A /query?query=... link reopens a query: it fills a tab and waits for the reader's click. YASGUI's own
// reading of the address is off, because it would also take an endpoint, request headers and settings
// from the link and run the query at once: a link could send queries elsewhere and draw what comes back.
(function () {
  var examples = JSON.parse(document.getElementById("examples").textContent);
  // Offline: prefix completion uses the list bundled with YASGUI; the class and property completers,
  // which ask the LOV service on the internet, are left out. The examples carry the ontology's prefixes.
  Yasgui.Yasqe.defaults.autocompleters = ["prefixes", "variables"];
  escapeLanguageTags(Yasgui.Yasr.plugins.table);
  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: "/sparql", method: "POST" },
    copyEndpointOnNewTab: false,
    persistenceId: null,
    populateFromUrl: false
  });
  var linked = new URLSearchParams(window.location.search).get("query");
  var tabIds = {};
  if (linked !== null) {
    yasgui.addTab(true, { name: "Linked query", yasqe: { value: linked } });
  } else {
    examples.forEach(function (ex, i) {
      tabIds[ex.name] = yasgui.addTab(i === 0, { name: ex.name, yasqe: { value: ex.text } }).getId();
    });
  }
  window.cmiYasgui = yasgui;
  // Entity IRIs in the results open the local page (the server answers for https://w3id.org/cmi-kg/id/...).
  document.getElementById("yasgui").addEventListener("click", function (e) {
    var a = e.target.closest ? e.target.closest("a[href^='https://w3id.org/cmi-kg/id/']") : null;
    if (a) { e.preventDefault(); window.location.href = "/id/" + a.getAttribute("href").substring("https://w3id.org/cmi-kg/id/".length); }
  });
  // "Download as network": the current tab's query through /export, in the chosen format.
  function currentQuery() { return yasgui.getTab().getYasqe().getValue(); }
  document.querySelectorAll(".network-downloads [data-format]").forEach(function (b) {
    b.addEventListener("click", function () {
      window.location.href = "/export?query=" + encodeURIComponent(currentQuery()) + "&format=" + b.getAttribute("data-format");
    });
  });
  document.getElementById("open-network").addEventListener("click", function (e) {
    e.preventDefault();
    window.location.href = "/network?query=" + encodeURIComponent(currentQuery());
  });
  document.querySelectorAll("[data-example]").forEach(function (a) {
    a.addEventListener("click", function (e) {
      e.preventDefault();
      var ex = examples[parseInt(a.getAttribute("data-example"), 10)];
      if (tabIds[ex.name] && yasgui.getTab(tabIds[ex.name])) yasgui.selectTabId(tabIds[ex.name]);
      else tabIds[ex.name] = yasgui.addTab(true, { name: ex.name, yasqe: { value: ex.text } }).getId();
      window.scrollTo(0, 0);
    });
  });

  // YASR's table writes a literal's language tag into the page as HTML; a query can make any tag
  // (STRLANG), so the tag is escaped before the table draws it.
  function escapeLanguageTags(table) {
    var formatLiteral = table.prototype.formatLiteral;
    table.prototype.formatLiteral = function (binding, prefixes) {
      var lang = binding["xml:lang"];
      if (!lang) return formatLiteral.call(this, binding, prefixes);
      return formatLiteral.call(this, Object.assign({}, binding, { "xml:lang": escapeHtml(lang) }), prefixes);
    };
  }
  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" }[c];
    });
  }
})();
