// The timeline page: each deployment and event from the page's query as one item, grouped by kind.
// A date known only to the year or month is drawn from its earliest to its latest day, marked "fuzzy".
(function () {
  var v = cmiViews;
  var box = document.getElementById("timeline");
  function day(iso) { return iso ? iso.substring(0, 10) : null; }
  function nextDay(iso) { var d = new Date(iso + "T00:00:00Z"); d.setUTCDate(d.getUTCDate() + 1); return d.toISOString().substring(0, 10); }
  v.select(v.data.query).then(function (rows) {
    var groups = {};
    var items = rows.map(function (row) {
      var iri = v.value(row, "item");
      var kind = v.value(row, "kind");
      var se = day(v.value(row, "startEarliest")), sl = day(v.value(row, "startLatest"));
      var ee = day(v.value(row, "endEarliest")), el = day(v.value(row, "endLatest"));
      var fuzzy = se !== sl || (ee !== null && ee !== el);
      var last = el || (sl !== se ? sl : null);
      groups[kind] = true;
      var label = document.createElement("span");
      label.textContent = v.value(row, "label");
      var written = (v.value(row, "start") || "?") + (v.value(row, "end") ? " – " + v.value(row, "end") : "");
      var item = {
        id: iri, content: label, group: kind, start: se,
        title: v.escape(v.value(row, "label")) + "<br>" + v.escape(kind) + " · " + v.escape(written),
        className: (v.value(row, "deployment") === "true" ? "deployment" : "event") + (fuzzy ? " fuzzy" : "")
      };
      if (last) { item.end = nextDay(last); item.type = "range"; } else { item.type = "point"; }
      return item;
    });
    var groupList = Object.keys(groups).sort().map(function (g) {
      var el = document.createElement("span");
      el.textContent = g;
      return { id: g, content: el };
    });
    box.textContent = "";
    box.removeAttribute("aria-busy");
    var dataset = new vis.DataSet(items);
    var timeline = new vis.Timeline(box, dataset, new vis.DataSet(groupList), {
      stack: true, zoomable: true, verticalScroll: true, maxHeight: 640, orientation: "top",
      zoomMin: 1000 * 60 * 60 * 24 * 7, tooltip: { followMouse: true }
    });
    timeline.on("click", function (props) { if (props.item) window.location.href = v.href(props.item); });
    window.cmiTimeline = { timeline: timeline, items: dataset, rows: rows.length };
    v.status(rows.length + (v.data.lang === "es" ? " elementos" : " items"));
  }).catch(function (e) { box.textContent = e.message; v.status(e.message); });
})();
