// The map page: the GeoJSON export of the organizations-deployments-countries view (data.geojson, the file the
// page's GeoJSON download gives) over Natural Earth's country shapes (world-atlas, 1:50m), drawn offline with Leaflet.
// One circle per host country, sized by its number of deployments, at the mean of their points in the export (a
// place's coordinates, else the country's position); the country's shape is shaded when there is one at this scale
// (found through its ISO 3166 alpha-3 code: numeric in world-atlas). Filters by the decade a deployment began in
// and by kind (the ontology's label of its class, in the page's language); a click on a country lists its deployments.
(function () {
  var v = cmiViews;
  var box = document.getElementById("map");
  var list = document.getElementById("map-list");
  var decadeSelect = document.getElementById("map-decade");
  var kindSelect = document.getElementById("map-kind");
  function json(url) {
    return fetch(url).then(function (r) {
      if (!r.ok) return r.text().then(function (t) { throw new Error(url + " " + r.status + ": " + t); });
      return r.json();
    });
  }
  function year(d) { return d.earliest ? parseInt(d.earliest.substring(0, 4), 10) : null; }

  Promise.all([json("/static/countries-50m.json"), json("/static/codes.json"), json(v.data.geojson)]).then(function (got) {
    var topo = got[0], codes = got[1];
    var rows = got[2].features.map(function (f) {
      var p = f.properties;
      return { id: p.id, label: p.label, kind: p.kindLabel || p.kind, iso3: p.countryCode, countryLabel: p.countryLabel,
        start: p.start, end: p.end, earliest: p.earliest, url: p.url,
        lat: f.geometry.coordinates[1], lng: f.geometry.coordinates[0] };
    });
    var numericOf = {}, iso3Of = {};
    codes.forEach(function (c) { numericOf[c[1]] = c[2]; iso3Of[c[2]] = c[1]; });
    var features = topojson.feature(topo, topo.objects.countries).features;

    box.textContent = "";
    box.removeAttribute("aria-busy");
    var map = L.map(box, { worldCopyJump: true, minZoom: 1, maxZoom: 8, zoomSnap: 0.25 });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Natural Earth (world-atlas)");
    var countryLayer = L.geoJSON(features, {
      style: function () { return { color: "#999", weight: 0.5, fillColor: "#f4f1ea", fillOpacity: 1 }; },
      onEachFeature: function (f, layer) { layer.on("click", function () { show(iso3Of[f.id]); }); }
    }).addTo(map);
    var markers = L.layerGroup().addTo(map);
    var current = [];

    var decades = {}, kinds = {};
    rows.forEach(function (r) { var y = year(r); if (y !== null) decades[y - y % 10] = true; kinds[r.kind] = true; });
    Object.keys(decades).sort().forEach(function (d) {
      var o = document.createElement("option"); o.value = d; o.textContent = d + "–" + (parseInt(d, 10) + 9); decadeSelect.appendChild(o);
    });
    Object.keys(kinds).sort().forEach(function (k) {
      var o = document.createElement("option"); o.value = k; o.textContent = k; kindSelect.appendChild(o);
    });

    function selected() {
      var d = decadeSelect.value, k = kindSelect.value;
      return rows.filter(function (r) {
        var y = year(r);
        return (d === "" || (y !== null && y - y % 10 === parseInt(d, 10))) && (k === "" || r.kind === k);
      });
    }
    function draw() {
      current = selected();
      var groups = {};
      current.forEach(function (r) { (groups[r.iso3] = groups[r.iso3] || { rows: [], label: r.countryLabel }).rows.push(r); });
      markers.clearLayers();
      countryLayer.eachLayer(function (layer) {
        layer.setStyle(groups[iso3Of[layer.feature.id]] ? { fillColor: "#9fc5e8", fillOpacity: 0.9 } : { fillColor: "#f4f1ea", fillOpacity: 1 });
      });
      Object.keys(groups).forEach(function (code) {
        var g = groups[code], lat = 0, lng = 0;
        g.rows.forEach(function (r) { lat += r.lat; lng += r.lng; });
        var m = L.circleMarker([lat / g.rows.length, lng / g.rows.length], {
          radius: 4 + 3 * Math.sqrt(g.rows.length), color: "#0b5394", weight: 1, fillColor: "#0b5394", fillOpacity: 0.6,
          className: "deployment-marker"
        });
        m.cmiCount = g.rows.length;
        m.cmiIso3 = code;
        m.bindTooltip(v.escape(g.label) + ": " + g.rows.length);
        m.on("click", function () { show(code); });
        markers.addLayer(m);
      });
      v.status(current.length + " · " + Object.keys(groups).length + (v.data.lang === "es" ? " países" : " countries"));
      list.textContent = v.word("chooseCountry");
    }
    // Lists the deployments in one country (by ISO alpha-3 code) under the current filters, each linking to its page.
    function show(iso3) {
      var rowsHere = current.filter(function (r) { return r.iso3 === iso3; });
      list.textContent = "";
      var h = document.createElement("h2");
      var shape = features.filter(function (f) { return f.id === numericOf[iso3]; })[0];
      h.textContent = rowsHere.length ? rowsHere[0].countryLabel : (shape ? shape.properties.name : "");
      list.appendChild(h);
      var ol = document.createElement("ol");
      ol.className = "map-deployments";
      rowsHere.forEach(function (r) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = v.href(r.id);
        a.textContent = r.label;
        li.appendChild(a);
        li.appendChild(document.createTextNode(" (" + (r.start || "?") + (r.end ? "–" + r.end : "") + ")"));
        ol.appendChild(li);
      });
      list.appendChild(ol);
    }
    decadeSelect.addEventListener("change", draw);
    kindSelect.addEventListener("change", draw);
    draw();
    var drawn = markers.getLayers();
    if (v.data.focus && drawn.length) map.fitBounds(L.featureGroup(drawn).getBounds().pad(0.5), { maxZoom: 5 });
    else map.setView([15, 0], 1.75);
    window.cmiMap = {
      map: map, rows: rows.length, show: show,
      markers: function () { return markers.getLayers().map(function (m) { return { iso3: m.cmiIso3, count: m.cmiCount }; }); },
      // The circle drawn for a country (by ISO alpha-3 code), for tests and links.
      marker: function (iso3) { var m = markers.getLayers().filter(function (l) { return l.cmiIso3 === iso3; })[0]; return m ? m.getElement() : null; }
    };
  }).catch(function (e) { box.textContent = e.message; v.status(e.message); });
})();
