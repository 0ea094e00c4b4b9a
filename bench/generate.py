#!/usr/bin/python3
"""Synthetic records at scale, shaped like cmi-kg's own: N copies of the bundled records.

Copy 0 is data/ as it is. Copy k (k >= 1) repeats every record of every file with its ID suffixed
"-xK" and every reference to a repeated record rewritten the same way, so the copies form N disjoint
networks of people, organizations, deployments, roles, claims and sources over the same 200 countries
(countries are not repeated, like the world). Links to Wikidata are kept for copy 0 only (an item links
one record). The result loads with `cmi load --data OUT` like the real records.

    /usr/bin/python3 bench/generate.py --scale 50 --out /tmp/cmi-50x
"""
import argparse
import csv
import pathlib
import shutil
import sys

# Files whose records are repeated; the first column is the record's ID.
REPEATED = ["sources", "places", "organizations", "people", "programmes", "events", "deployments",
            "roles", "claims", "statements", "figures"]
# Files kept once (countries are shared; links, candidates and link searches name one record per Wikidata item).
ONCE = ["countries", "links", "link-candidates", "link-searches"]
SEP = " | "


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=int, required=True, help="copies of the bundled records (1 = as they are)")
    ap.add_argument("--data", default=str(pathlib.Path(__file__).resolve().parent.parent / "data"))
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    src, out = pathlib.Path(a.data), pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for extra in src.iterdir():
        if extra.is_file() and extra.suffix != ".csv":
            shutil.copy(extra, out / extra.name)
    ids = set()
    for name in REPEATED:
        with open(src / f"{name}.csv", newline="", encoding="utf-8") as f:
            ids.update(row[0] for i, row in enumerate(csv.reader(f)) if i > 0 and row)
    for name in ONCE:
        shutil.copy(src / f"{name}.csv", out / f"{name}.csv")
    rows = 0
    for name in REPEATED:
        with open(src / f"{name}.csv", newline="", encoding="utf-8") as f:
            table = list(csv.reader(f))
        header, records = table[0], [r for r in table[1:] if r]
        with open(out / f"{name}.csv", "w", newline="", encoding="utf-8") as f:
            w = csv.writer(f, lineterminator="\n")
            w.writerow(header)
            for k in range(a.scale):
                for r in records:
                    w.writerow(r if k == 0 else [rewrite(cell, ids, k) for cell in r])
                    rows += 1
    print(f"{out}: {a.scale} x the records of {src} ({rows} repeated rows)", file=sys.stderr)


def rewrite(cell, ids, k):
    """Every ID in the cell (alone, in a ' | ' list, or as the subject of 'ID: value') gets the copy's suffix when
    every part of the cell names a repeated record; other text is left as it is."""
    parts = cell.split(SEP)
    subjects = [p.split(": ", 1) for p in parts]
    if not all(s[0] in ids for s in subjects):
        return cell
    return SEP.join(": ".join([f"{s[0]}-x{k}"] + s[1:]) for s in subjects)


if __name__ == "__main__":
    main()
