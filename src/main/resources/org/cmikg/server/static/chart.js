// A simple bar chart for YASR, drawn as SVG in the page (no chart service on the internet): the first
// column gives the labels, the first numeric column the bars. Shown for SELECT results with such a column.
(function () {
  function valueOf(cell) { return cell ? cell.value : ""; }
  function shortLabel(v) { var i = Math.max(v.lastIndexOf("/"), v.lastIndexOf("#")); return i > 0 && v.indexOf("http") === 0 ? v.substring(i + 1) : v; }

  function BarChart(yasr) { this.yasr = yasr; this.priority = 5; this.label = "Chart"; this.hideFromSelection = false; }

  BarChart.prototype.columns = function () {
    var r = this.yasr.results;
    if (!r || !r.getVariables || !r.getBindings) return null;
    var vars = r.getVariables(), rows = r.getBindings();
    if (!vars || vars.length < 2 || !rows || rows.length === 0) return null;
    for (var j = 0; j < vars.length; j++) {
      var numeric = rows.every(function (b) { return b[vars[j]] && !isNaN(parseFloat(valueOf(b[vars[j]]))); });
      if (numeric && j !== 0) return { label: vars[0], value: vars[j], rows: rows.slice(0, 60) };
    }
    return null;
  };
  BarChart.prototype.canHandleResults = function () { return this.columns() !== null; };
  BarChart.prototype.getIcon = function () {
    var s = document.createElement("span"); s.textContent = "▇"; return s;
  };
  BarChart.prototype.draw = function () {
    var c = this.columns(), ns = "http://www.w3.org/2000/svg";
    var max = Math.max.apply(null, c.rows.map(function (b) { return parseFloat(valueOf(b[c.value])); }).concat([0]));
    var rowH = 22, labelW = 260, barW = 520, h = c.rows.length * rowH + 10;
    var svg = document.createElementNS(ns, "svg");
    svg.setAttribute("class", "cmi-chart"); svg.setAttribute("width", labelW + barW + 80); svg.setAttribute("height", h);
    svg.setAttribute("role", "img"); svg.setAttribute("aria-label", c.value + " by " + c.label);
    c.rows.forEach(function (b, i) {
      var v = parseFloat(valueOf(b[c.value])), y = i * rowH + 5;
      var t = document.createElementNS(ns, "text");
      t.setAttribute("x", labelW - 6); t.setAttribute("y", y + 15); t.setAttribute("text-anchor", "end"); t.setAttribute("font-size", "12");
      t.textContent = shortLabel(valueOf(b[c.label])); svg.appendChild(t);
      var r = document.createElementNS(ns, "rect");
      r.setAttribute("x", labelW); r.setAttribute("y", y + 3); r.setAttribute("height", rowH - 6);
      r.setAttribute("width", max > 0 ? Math.max(1, barW * v / max) : 1); r.setAttribute("fill", "#0b5394"); svg.appendChild(r);
      var n = document.createElementNS(ns, "text");
      n.setAttribute("x", labelW + (max > 0 ? barW * v / max : 0) + 6); n.setAttribute("y", y + 15); n.setAttribute("font-size", "12");
      n.textContent = String(v); svg.appendChild(n);
    });
    this.yasr.resultsEl.appendChild(svg);
  };
  Yasgui.Yasr.registerPlugin("chart", BarChart);
  Yasgui.Yasr.defaults.pluginOrder = ["table", "chart", "response"];
})();
