// The query editor: YASGUI on this server's /sparql, one tab per example query of the project (queries/*.rq).
// A /query?query=... link (the share button makes one) opens its query in a tab of its own and waits for the
// reader's click. YASGUI's own reading of the address is off, because it would also take an endpoint, request
// headers and settings from the link and run the query at once: a link could send queries elsewhere and draw
// what comes back.
(function () {
  var examples = JSON.parse(document.getElementById("examples").textContent);
  // The project's prefixes, from the server (its prefix map and the examples' declarations).
  var prefixes = JSON.parse(document.getElementById("prefixes").textContent);
  var ENDPOINT = window.location.origin + "/sparql";
  var ES = document.documentElement.lang === "es";

  // Offline: prefix completion offers the project's prefixes and adds a PREFIX line when one is typed; the class
  // and property completers, which ask the LOV service on the internet, are left out.
  Yasgui.Yasqe.forkAutocompleter("prefixes", {
    name: "prefixes",
    persistenceId: null,
    get: Object.keys(prefixes).sort().map(function (p) { return p + ": <" + prefixes[p] + ">"; })
  });
  Yasgui.Yasqe.defaults.autocompleters = ["prefixes", "variables"];
  escapeLanguageTags(Yasgui.Yasr.plugins.table);
  Yasgui.Yasr.prototype.renderError = function (error) { return Promise.resolve(drawError(this, error)); };
  Yasgui.Tab.prototype.getShareableLink = function () {
    return window.location.origin + "/query?" + new URLSearchParams({ query: this.getQuery(), tabTitle: this.getName() }).toString();
  };

  var yasgui = new Yasgui(document.getElementById("yasgui"), {
    requestConfig: { endpoint: ENDPOINT, method: "POST" },
    copyEndpointOnNewTab: false,
    persistenceId: null,
    populateFromUrl: false,
    autoAddOnInit: false
  });
  var linked = linkedQuery();
  var tabIds = {};
  if (linked !== null) {
    yasgui.addTab(true, { name: linked.title, yasqe: { value: linked.query } });
  } else {
    examples.forEach(function (ex, i) {
      tabIds[ex.name] = yasgui.addTab(i === 0, { name: ex.name, yasqe: { value: ex.text } }).getId();
    });
  }
  window.cmiYasgui = yasgui;
  yasgui.on("queryBefore", function (_yasgui, tab) {
    var yasqe = tab.getYasqe();
    clearErrorLine(yasqe);
    addKnownPrefixes(yasqe);
  });

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
    window.location.href = "/network?query=" + encodeURIComponent(currentQuery()) + (ES ? "&lang=es" : "");
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

  // The query of a link: ?query=...&tabTitle=... as the share button writes it, or #query=... as YASGUI wrote it
  // before. Only the query and the tab's name are read.
  function linkedQuery() {
    var params = new URLSearchParams(window.location.search);
    if (!params.has("query") && window.location.hash.length > 1) params = new URLSearchParams(window.location.hash.substring(1));
    if (!params.has("query")) return null;
    return { query: params.get("query"), title: params.get("tabTitle") || (ES ? "Consulta enlazada" : "Linked query") };
  }

  // Adds the PREFIX lines of the known prefixes a query uses without declaring them, so that a query pasted
  // without its prefixes runs as written, and the editor shows what was sent.
  function addKnownPrefixes(yasqe) {
    var declared = yasqe.getPrefixesFromQuery(), missing = {}, any = false;
    for (var line = 0; line < yasqe.lineCount(); line++) {
      yasqe.getLineTokens(line).forEach(function (token) {
        if (token.type !== "string-2") return;
        var prefix = token.string.substring(0, token.string.indexOf(":"));
        if (!(prefix in declared) && !(prefix in missing) && prefixes[prefix]) { missing[prefix] = prefixes[prefix]; any = true; }
      });
    }
    if (any) yasqe.addPrefixes(missing);
  }

  // A failed query: the server's message, and the line it names marked in the editor of the same tab, with the
  // word at the column it names underlined.
  function drawError(yasr, error) {
    var text = String(error.text || error.statusText || (ES ? "El servidor no dio el motivo." : "The server gave no reason.")).trim();
    var at = /line (\d+), column (\d+)/i.exec(text);
    var box = document.createElement("div");
    box.className = "cmi-query-error";
    box.setAttribute("role", "alert");
    var head = document.createElement("p");
    var strong = document.createElement("strong");
    strong.textContent = at ? (ES ? "La consulta tiene un error en la línea " + at[1] + ", columna " + at[2]
        : "The query has an error at line " + at[1] + ", column " + at[2]) : (ES ? "La consulta falló" : "The query failed");
    head.appendChild(strong);
    if (error.status) head.appendChild(document.createTextNode(" (HTTP " + error.status + ")"));
    box.appendChild(head);
    var message = document.createElement("pre");
    message.className = "cmi-error-message";
    message.textContent = text;
    box.appendChild(message);
    var panel = yasr.rootEl.closest(".tabPanel");
    var cm = panel ? panel.querySelector(".CodeMirror") : null;
    var yasqe = cm ? cm.CodeMirror : null;
    if (at && yasqe) {
      var line = parseInt(at[1], 10) - 1;
      if (line >= 0 && line < yasqe.lineCount()) {
        clearErrorLine(yasqe);
        var ch = Math.max(0, parseInt(at[2], 10) - 1);
        var word = /^[^\s{}(),;]*/.exec(yasqe.getLine(line).substring(ch))[0];
        yasqe.cmiErrorLine = yasqe.addLineClass(line, "background", "cmi-error-line");
        yasqe.cmiErrorToken = yasqe.markText({ line: line, ch: ch }, { line: line, ch: ch + Math.max(1, word.length) },
          { className: "cmi-error-token" });
        yasqe.setCursor({ line: line, ch: ch });
        if (!yasqe.cmiClearsOnChange) {
          yasqe.cmiClearsOnChange = true;
          yasqe.on("change", function () { clearErrorLine(yasqe); });
        }
      }
    }
    return box;
  }
  function clearErrorLine(yasqe) {
    if (yasqe && yasqe.cmiErrorLine) {
      yasqe.removeLineClass(yasqe.cmiErrorLine, "background", "cmi-error-line");
      yasqe.cmiErrorLine = null;
    }
    if (yasqe && yasqe.cmiErrorToken) {
      yasqe.cmiErrorToken.clear();
      yasqe.cmiErrorToken = null;
    }
  }

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
