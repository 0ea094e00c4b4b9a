#!/usr/bin/python3
"""Representative point of each country of data/countries.csv from Natural Earth's 1:10m Admin 0 shapes
(world-atlas countries-10m.json): the area-weighted centroid of the outer ring of the country's largest polygon (the mean of its
points if it is too small to have an area at that scale),
in plain longitude/latitude, rounded to two decimals. Prints id,lat,lon (empty where the shapes have no feature
with the row's m49 code)."""
import csv, json, sys

topo = json.load(open(sys.argv[1]))
countries_csv = sys.argv[2]
sx, sy = topo["transform"]["scale"]
tx, ty = topo["transform"]["translate"]
arcs = []
for arc in topo["arcs"]:
    x = y = 0
    pts = []
    for dx, dy in arc:
        x += dx; y += dy
        pts.append((x * sx + tx, y * sy + ty))
    arcs.append(pts)

def ring(indexes):
    """The points of a ring, its longitudes made continuous where it crosses the antimeridian (the shapes are cut
    there), so that Russia or Fiji is one shape and not a band around the world."""
    pts = []
    for i in indexes:
        a = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        pts.extend(a if not pts else a[1:])
    out = [pts[0]]
    shift = 0
    for (x0, _), (x, y) in zip(pts, pts[1:]):
        if x - x0 > 180: shift -= 360
        elif x0 - x > 180: shift += 360
        out.append((x + shift, y))
    return out

def area(r):
    return sum(r[j][0] * r[i][1] - r[i][0] * r[j][1] for i, j in zip(range(len(r)), [len(r) - 1] + list(range(len(r) - 1)))) / 2

def centroid(r):
    a = x = y = 0
    for i in range(len(r)):
        j = i - 1
        f = r[j][0] * r[i][1] - r[i][0] * r[j][1]
        a += f; x += (r[j][0] + r[i][0]) * f; y += (r[j][1] + r[i][1]) * f
    if a == 0:  # a country smaller than the shapes' grid (the Holy See): the mean of its points
        return sum(p[1] for p in r) / len(r), sum(p[0] for p in r) / len(r)
    return y / (3 * a), x / (3 * a)

shapes = {}
for g in topo["objects"]["countries"]["geometries"]:
    if "id" not in g: continue
    polys = [g["arcs"]] if g["type"] == "Polygon" else g["arcs"]
    outer = [ring(p[0]) for p in polys]
    shapes.setdefault(g["id"], []).extend(outer)  # Australia's code also marks the Ashmore and Cartier Islands
shapes = {k: max(v, key=lambda r: abs(area(r))) for k, v in shapes.items()}

w = csv.writer(sys.stdout, lineterminator="\n")
for row in csv.DictReader(open(countries_csv, encoding="utf-8")):
    r = shapes.get(row["m49"])
    if r is None:
        w.writerow([row["id"], "", ""])
    else:
        lat, lon = centroid(r)
        w.writerow([row["id"], "%.2f" % lat, "%.2f" % ((lon + 180) % 360 - 180)])
