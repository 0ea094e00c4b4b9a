// The map page: deployments by host country over Natural Earth's country shapes (world-atlas, 1:50m), drawn
// offline with Leaflet. Shapes are matched through ISO 3166 codes (alpha-3 in the graph, numeric in world-atlas).
// A circle per host country, sized by its number of deployments; filters by the decade a deployment began in and
// by kind; a click on a country lists its deployments. With data.focus (a country or a deployment) only its rows.
(function () {
  var v = cmiViews;
  var box = document.getElementById("map");
  var list = document.getElementById("map-list");
  var decadeSelect = document.getElementById("map-decade");
  var kindSelect = document.getElementById("map-kind");
  function json(url) { return fetch(url).then(function (r) { if (!r.ok) throw new Error(url + " " + r.status); return r.json(); }); }

  // Area-weighted centre of a polygon's outer ring ([lng, lat] pairs), as [lat, lng].
  function ringCentre(ring) {
    var a = 0, x = 0, y = 0;
    for (var i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      var f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
      a += f; x += (ring[j][0] + ring[i][0]) * f; y += (ring[j][1] + ring[i][1]) * f;
    }
    return a === 0 ? [ring[0][1], ring[0][0]] : [y / (3 * a), x / (3 * a)];
  }
  function ringArea(ring) {
    var a = 0;
    for (var i = 0, j = ring.length - 1; i < ring.length; j = i++) a += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    return Math.abs(a / 2);
  }
  // The centre of a country's largest polygon (mainland France, not French Guiana).
  function centre(feature) {
    var polys = feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
    var best = polys[0];
    polys.forEach(function (p) { if (ringArea(p[0]) > ringArea(best[0])) best = p; });
    return ringCentre(best[0]);
  }
  function year(row) { var s = v.value(row, "startEarliest"); return s ? parseInt(s.substring(0, 4), 10) : null; }

  Promise.all([json("/static/countries-50m.json"), json("/static/codes.json"), v.select(v.data.query)]).then(function (got) {
    var topo = got[0], codes = got[1], rows = got[2];
    if (v.data.focus) rows = rows.filter(function (r) { return v.value(r, "deployment") === v.data.focus || v.value(r, "country") === v.data.focus; });
    var numericOf = {};
    codes.forEach(function (c) { numericOf[c[1]] = c[2]; });
    var shapes = {};
    var features = topojson.feature(topo, topo.objects.countries).features;
    features.forEach(function (f) { if (f.id) shapes[f.id] = f; });

    box.textContent = "";
    box.removeAttribute("aria-busy");
    var map = L.map(box, { worldCopyJump: true, minZoom: 1, maxZoom: 8, zoomSnap: 0.25 });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Natural Earth (world-atlas)");
    var byShape = {};
    var countryLayer = L.geoJSON(features, {
      style: function () { return { color: "#999", weight: 0.5, fillColor: "#f4f1ea", fillOpacity: 1 }; },
      onEachFeature: function (f, layer) {
        byShape[f.id] = layer;
        layer.on("click", function () { show(f.id); });
      }
    }).addTo(map);
    var markers = L.layerGroup().addTo(map);
    var current = [], unshaped = [];

    var decades = {}, kinds = {};
    rows.forEach(function (r) { var y = year(r); if (y !== null) decades[y - y % 10] = true; kinds[v.value(r, "kind")] = true; });
    Object.keys(decades).sort().forEach(function (d) {
      var o = document.createElement("option"); o.value = d; o.textContent = d + "–" + (parseInt(d, 10) + 9); decadeSelect.appendChild(o);
    });
    Object.keys(kinds).sort().forEach(function (k) {
      var o = document.createElement("option"); o.value = k; o.textContent = k; kindSelect.appendChild(o);
    });

    function shapeOf(row) { return numericOf[v.value(row, "iso3")]; }
    function selected() {
      var d = decadeSelect.value, k = kindSelect.value;
      return rows.filter(function (r) {
        var y = year(r);
        return (d === "" || (y !== null && y - y % 10 === parseInt(d, 10))) && (k === "" || v.value(r, "kind") === k);
      });
    }
    function draw() {
      current = selected();
      var groups = {};
      current.forEach(function (r) {
        var code = v.value(r, "iso3");
        (groups[code] = groups[code] || { rows: [], label: v.value(r, "countryLabel"), shape: shapeOf(r) }).rows.push(r);
      });
      var shaded = {};
      Object.keys(groups).forEach(function (code) { shaded[groups[code].shape] = true; });
      markers.clearLayers();
      countryLayer.eachLayer(function (layer) {
        layer.setStyle(shaded[layer.feature.id] ? { fillColor: "#9fc5e8", fillOpacity: 0.9 } : { fillColor: "#f4f1ea", fillOpacity: 1 });
      });
      unshaped = [];
      Object.keys(groups).forEach(function (code) {
        var g = groups[code], id = g.shape;
        if (!shapes[id]) { unshaped.push(g); return; }
        var m = L.circleMarker(centre(shapes[id]), {
          radius: 4 + 3 * Math.sqrt(g.rows.length), color: "#0b5394", weight: 1, fillColor: "#0b5394", fillOpacity: 0.6,
          className: "deployment-marker"
        });
        m.cmiCount = g.rows.length;
        m.cmiShape = id;
        m.cmiIso3 = code;
        m.bindTooltip(v.escape(g.label) + ": " + g.rows.length);
        m.on("click", function () { show(id); });
        markers.addLayer(m);
      });
      v.status(current.length + " · " + Object.keys(groups).length + (v.data.lang === "es" ? " países" : " countries")
          + (unshaped.length ? " · " + (v.data.lang === "es" ? "sin forma a esta escala: " : "no shape at this scale: ") + unshaped.map(function (g) { return g.label; }).join(", ") : ""));
      list.textContent = v.word("chooseCountry");
    }
    // Lists the deployments in one country under the current filters, each linking to its page.
    function show(shapeId) {
      var rowsHere = current.filter(function (r) { return shapeOf(r) === shapeId; });
      list.textContent = "";
      var h = document.createElement("h2");
      h.textContent = rowsHere.length ? v.value(rowsHere[0], "countryLabel") : (shapes[shapeId] ? shapes[shapeId].properties.name : "");
      list.appendChild(h);
      var ol = document.createElement("ol");
      ol.className = "map-deployments";
      rowsHere.forEach(function (r) {
        var li = document.createElement("li");
        var a = document.createElement("a");
        a.href = v.href(v.value(r, "deployment"));
        a.textContent = v.value(r, "label");
        li.appendChild(a);
        li.appendChild(document.createTextNode(" (" + (v.value(r, "start") || "?") + (v.value(r, "end") ? "–" + v.value(r, "end") : "") + ")"));
        ol.appendChild(li);
      });
      list.appendChild(ol);
    }
    decadeSelect.addEventListener("change", draw);
    kindSelect.addEventListener("change", draw);
    draw();
    var focused = markers.getLayers();
    if (v.data.focus && focused.length) map.fitBounds(L.featureGroup(focused.map(function (m) { return byShape[m.cmiShape]; })).getBounds(), { maxZoom: 5 });
    else map.setView([15, 0], 1.75);
    window.cmiMap = {
      map: map, rows: rows.length, show: show,
      markers: function () { return markers.getLayers().map(function (m) { return { iso3: m.cmiIso3, count: m.cmiCount }; }); },
      // The circle drawn for a country (by ISO alpha-3 code), for tests and links.
      marker: function (iso3) { var m = markers.getLayers().filter(function (l) { return l.cmiIso3 === iso3; })[0]; return m ? m.getElement() : null; },
      shapeless: function () { return unshaped.map(function (g) { return v.value(g.rows[0], "iso3"); }); }
    };
  }).catch(function (e) { box.textContent = e.message; v.status(e.message); });
})();
