// A bar chart for YASR, drawn as SVG in the page (no chart service on the internet), for SELECT results with a
// numeric column. The reader picks the column that labels the bars and the column that sizes them; by default the
// first column that is not numeric labels them and the first numeric one sizes them. Numeric means typed as a
// number (xsd:integer, xsd:decimal, ...), so a date such as "2014-10" is never plotted as 2014.
(function () {
  var XSD = "http://www.w3.org/2001/XMLSchema#";
  var NUMBERS = ["integer", "decimal", "double", "float", "int", "long", "short", "byte", "nonNegativeInteger",
    "positiveInteger", "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort",
    "unsignedByte"].map(function (t) { return XSD + t; });
  var MAX_BARS = 60, MAX_LABEL = 60;

  function valueOf(cell) { return cell ? cell.value : ""; }
  function isNumber(cell) { return cell.type !== "uri" && cell.type !== "bnode" && NUMBERS.indexOf(cell.datatype) >= 0; }
  function fit(label) { return label.length > MAX_LABEL ? label.substring(0, MAX_LABEL - 1) + "…" : label; }
  function shortLabel(v) { var i = Math.max(v.lastIndexOf("/"), v.lastIndexOf("#")); return i > 0 && v.indexOf("http") === 0 ? v.substring(i + 1) : v; }

  function BarChart(yasr) { this.yasr = yasr; this.priority = 5; this.label = "Chart"; this.hideFromSelection = false; this.chosen = {}; }

  /** The result's variables, those whose every bound value is a number (and that have one), and its rows. */
  BarChart.prototype.table = function () {
    var r = this.yasr.results;
    if (!r || !r.getVariables || !r.getBindings) return null;
    var vars = r.getVariables(), rows = r.getBindings();
    if (!vars || vars.length < 2 || !rows || rows.length === 0) return null;
    var numeric = vars.filter(function (v) {
      var bound = rows.filter(function (b) { return b[v]; });
      return bound.length > 0 && bound.every(function (b) { return isNumber(b[v]); });
    });
    return numeric.length === 0 ? null : { vars: vars, numeric: numeric, rows: rows };
  };
  /** The columns to plot: the reader's choice while it fits the result, else the defaults. */
  BarChart.prototype.columns = function (t) {
    var label = t.vars.indexOf(this.chosen.label) >= 0 ? this.chosen.label
      : t.vars.filter(function (v) { return t.numeric.indexOf(v) < 0; })[0] || t.vars[0];
    var value = t.numeric.indexOf(this.chosen.value) >= 0 ? this.chosen.value
      : t.numeric.filter(function (v) { return v !== label; })[0] || t.numeric[0];
    return { label: label, value: value };
  };
  BarChart.prototype.canHandleResults = function () { return this.table() !== null; };
  BarChart.prototype.getIcon = function () {
    var s = document.createElement("span"); s.textContent = "▇"; return s;
  };
  BarChart.prototype.draw = function () {
    var t = this.table(), self = this;
    if (!t) return;
    var c = this.columns(t);
    var form = document.createElement("div");
    form.className = "cmi-chart-columns";
    var es = document.documentElement.lang === "es";
    form.appendChild(selector(es ? "Etiqueta" : "Label", "cmi-chart-label", t.vars, c.label, function (v) { self.chosen.label = v; self.redraw(); }));
    form.appendChild(selector(es ? "Valor" : "Value", "cmi-chart-value", t.numeric, c.value, function (v) { self.chosen.value = v; self.redraw(); }));
    this.yasr.resultsEl.appendChild(form);
    this.yasr.resultsEl.appendChild(svgChart(t.rows.slice(0, MAX_BARS), c));
    if (t.rows.length > MAX_BARS) {
      var note = document.createElement("p");
      note.className = "muted";
      note.textContent = es ? "Se dibujan las primeras " + MAX_BARS + " de " + t.rows.length + " filas."
        : "The first " + MAX_BARS + " of " + t.rows.length + " rows are plotted.";
      this.yasr.resultsEl.appendChild(note);
    }
  };
  BarChart.prototype.redraw = function () {
    while (this.yasr.resultsEl.firstChild) this.yasr.resultsEl.firstChild.remove();
    this.draw();
  };

  function selector(text, className, options, selected, onChange) {
    var label = document.createElement("label");
    label.appendChild(document.createTextNode(text + " "));
    var select = document.createElement("select");
    select.className = className;
    options.forEach(function (v) {
      var o = document.createElement("option");
      o.value = v; o.textContent = "?" + v; o.selected = v === selected;
      select.appendChild(o);
    });
    select.addEventListener("change", function () { onChange(select.value); });
    label.appendChild(select);
    return label;
  }

  /** One bar per row; a row without a value keeps its label and says so instead of drawing a bar. */
  function svgChart(rows, c) {
    var ns = "http://www.w3.org/2000/svg";
    var max = Math.max.apply(null, rows.map(function (b) { return b[c.value] ? parseFloat(valueOf(b[c.value])) : 0; }).concat([0]));
    var labels = rows.map(function (b) { return fit(shortLabel(valueOf(b[c.label]))); });
    var longest = Math.max.apply(null, labels.map(function (l) { return l.length; }).concat([1]));
    var rowH = 22, labelW = Math.min(MAX_LABEL * 7, Math.max(80, longest * 7)), barW = 520, h = rows.length * rowH + 10;
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("class", "cmi-chart"); svg.setAttribute("width", labelW + barW + 80); svg.setAttribute("height", h);
    svg.setAttribute("role", "img"); svg.setAttribute("aria-label", c.value + " by " + c.label);
    rows.forEach(function (b, i) {
      var y = i * rowH + 5, has = !!b[c.value], v = has ? parseFloat(valueOf(b[c.value])) : 0;
      var t = document.createElementNS(ns, "text");
      t.setAttribute("x", labelW - 6); t.setAttribute("y", y + 15); t.setAttribute("text-anchor", "end"); t.setAttribute("font-size", "12");
      t.setAttribute("class", "cmi-bar-label");
      t.textContent = labels[i]; svg.appendChild(t);
      var width = has && max > 0 ? Math.max(1, barW * v / max) : 0;
      if (has) {
        var r = document.createElementNS(ns, "rect");
        r.setAttribute("x", labelW); r.setAttribute("y", y + 3); r.setAttribute("height", rowH - 6);
        r.setAttribute("width", width); r.setAttribute("fill", "#0b5394"); svg.appendChild(r);
      }
      var n = document.createElementNS(ns, "text");
      n.setAttribute("x", labelW + width + 6); n.setAttribute("y", y + 15); n.setAttribute("font-size", "12");
      n.setAttribute("class", "cmi-bar-value");
      n.textContent = has ? String(v) : "no value"; svg.appendChild(n);
    });
    return svg;
  }

  Yasgui.Yasr.registerPlugin("chart", BarChart);
  Yasgui.Yasr.defaults.pluginOrder = ["table", "chart", "response"];
})();
