#!/usr/bin/python3
"""cmi-kg beside vanilla Fuseki and Oxigraph on the same graph, over HTTP.

    mvn -q -DskipTests package                              # target/cmi-kg.jar
    /usr/bin/python3 bench/compare.py --scale 50            # prints the table; needs java, node, npm, mvn, wrk

Steps: synthetic records at SCALE x the bundled ones (bench/generate.py); `cmi load` (timed); `cmi serve`
(start-up timed to the first answer), once with the answer cache and once without (`--cache-mb 0`); the
union graph from /dumps/cmi-kg.ttl loaded into vanilla Fuseki (jena-fuseki-server from Maven Central, TDB2,
its own bulk loader, timed) and into Oxigraph (npm `oxigraph` under node, in memory, timed). Then each query
of bench/queries/ RUNS times per server after warm-up ($LABEL and $ENTITY change every run, so a cache
cannot answer those), the median and range of each, and the ratio to the best median; and `wrk` throughput
of one lookup at 4 connections. A benchmark, not a test: figures depend on the machine and its load
(printed with them).
"""
import argparse
import http.client
import os
import pathlib
import re
import shutil
import statistics
import subprocess
import sys
import time
import urllib.parse

HOME = pathlib.Path(__file__).resolve().parent.parent
BENCH = pathlib.Path(__file__).resolve().parent
FUSEKI = "5.6.0"
OXIGRAPH = "0.5.11"
SELECT_JSON = "application/sparql-results+json"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scale", type=int, default=50)
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--warmup", type=float, default=30,
                    help="seconds of every query, with other names and records than the measured ones, before timing: "
                         "the JVM servers compile their hot paths only after thousands of requests")
    ap.add_argument("--keep-store", action="store_true", help="reuse the cmi-kg store of an earlier run instead of loading")
    ap.add_argument("--work", default="/tmp/cmi-bench")
    ap.add_argument("--servers", default="cmi-kg,cmi-kg-nocache,fuseki,oxigraph")
    ap.add_argument("--heap", default="2g")
    ap.add_argument("--jar", default=str(HOME / "target" / "cmi-kg.jar"))
    ap.add_argument("--home", default=str(HOME), help="the cmi-kg checkout whose data/, queries/ and views/ are used")
    a = ap.parse_args()
    home = pathlib.Path(a.home)
    work = pathlib.Path(a.work)
    work.mkdir(parents=True, exist_ok=True)
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at start", flush=True)
    data = work / f"data-{a.scale}x"
    if not data.exists():
        run(["/usr/bin/python3", str(BENCH / "generate.py"), "--scale", str(a.scale), "--data", str(home / "data"), "--out", str(data)])
    store = work / f"store-{a.scale}x"
    java = ["java", f"-Xmx{a.heap}", f"-Dcmi.home={home}", "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", "-jar", a.jar]
    if not (a.keep_store and store.exists()):
        shutil.rmtree(store, ignore_errors=True)
        t = time.time()
        out = run(java + ["load", "--data", str(data), "--ontology", str(home / "ontology"), "--store", str(store)], capture=True)
        load_s = time.time() - t
        quads = re.search(r"total\s+(\d+) quads", out)
        print(f"cmi load: {load_s:.1f} s for {quads.group(1) if quads else '?'} quads (validation, inference, SHACL gate, figures)", flush=True)

    servers = [s for s in a.servers.split(",") if s]
    results, extra = {}, {}
    ttl = work / f"union-{a.scale}x.ttl"
    labels, entities = [], []
    for name in servers:
        if name.startswith("cmi-kg"):
            cmd = java + ["serve", "--store", str(store), "--load", "never", "--port", "3941", "--data", str(data)]
            if name.endswith("nocache"):
                cmd += ["--cache-mb", "0"]
            endpoint, ready = ("127.0.0.1", 3941, "/sparql"), "/"
        elif name == "fuseki":
            fjar = fuseki_jar(work)
            loc = work / f"fuseki-{a.scale}x"
            if not loc.exists():
                t = time.time()
                run(["java", f"-Xmx{a.heap}", "-cp", str(fjar), "tdb2.tdbloader", "--loc", str(loc), str(ttl)])
                extra["fuseki load"] = f"{time.time() - t:.1f} s (tdb2.tdbloader, the union graph as Turtle)"
            cmd = ["java", f"-Xmx{a.heap}", "-jar", str(fjar), "--tdb2", f"--loc={loc}", "--port=3942", "/ds"]
            endpoint, ready = ("127.0.0.1", 3942, "/ds/sparql"), "/ds/sparql?query=ASK%7B%7D"
        elif name == "oxigraph":
            oxigraph_module(work)
            cmd = ["node", str(BENCH / "oxigraph-server.mjs"), str(ttl), "3943"]
            endpoint, ready = ("127.0.0.1", 3943, "/sparql"), "/"
        else:
            sys.exit(f"unknown server {name}")
        env = dict(os.environ, NODE_PATH=str(work / "node_modules"))
        log = open(work / f"{name}.log", "w")
        t = time.time()
        proc = subprocess.Popen(cmd, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=str(work))
        try:
            wait_ready(endpoint[:2], ready, proc)
            extra[f"{name} start-up"] = f"{time.time() - t:.1f} s to the first answer"
            if name.startswith("cmi-kg") and not ttl.exists():
                download(endpoint[:2], "/dumps/cmi-kg.ttl", ttl)
            if not labels:
                labels, entities = pick(endpoint)
            results[name] = measure(endpoint, labels, entities, a.runs, a.warmup)
            results[name]["lookup throughput, 4 connections"] = throughput(endpoint, labels[0])
            extra[f"{name} memory"] = f"{rss_mb(proc.pid)} MB resident after the queries"
        finally:
            proc.terminate()
            proc.wait()
            log.close()
    print_table(results, servers)
    for k, v in extra.items():
        print(f"- {k}: {v}")
    print(f"load average at the end: {os.getloadavg()[0]:.1f}")


def run(cmd, capture=False):
    r = subprocess.run(cmd, check=True, text=True, stdout=subprocess.PIPE if capture else None)
    return r.stdout


def fuseki_jar(work):
    jar = work / f"jena-fuseki-server-{FUSEKI}.jar"
    if not jar.exists():
        run(["mvn", "-B", "-ntp", "-q", "dependency:copy", f"-Dartifact=org.apache.jena:jena-fuseki-server:{FUSEKI}",
             f"-DoutputDirectory={work}"])
    return jar


def oxigraph_module(work):
    if not (work / "node_modules" / "oxigraph").exists():
        run(["npm", "install", "--prefix", str(work), "--no-audit", "--no-fund", f"oxigraph@{OXIGRAPH}"])


def wait_ready(hostport, path, proc, seconds=600):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if proc.poll() is not None:
            sys.exit(f"server exited with {proc.returncode}; see its log")
        try:
            c = http.client.HTTPConnection(*hostport, timeout=5)
            c.request("GET", path)
            if c.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.05)
    sys.exit(f"server did not answer in {seconds} s")


def download(hostport, path, to):
    c = http.client.HTTPConnection(*hostport, timeout=600)
    c.request("GET", path)
    r = c.getresponse()
    with open(to, "wb") as f:
        shutil.copyfileobj(r, f)


def ask(conn, endpoint, query, accept=SELECT_JSON):
    conn.request("GET", endpoint[2] + "?query=" + urllib.parse.quote(query), headers={"Accept": accept})
    r = conn.getresponse()
    body = r.read()
    if r.status != 200:
        raise RuntimeError(f"{r.status} for {query[:80]}: {body[:200]!r}")
    return body


def pick(endpoint):
    """Forty deployments spread over the graph: their English names and IRIs."""
    import json
    conn = http.client.HTTPConnection(*endpoint[:2], timeout=120)
    q = ("PREFIX cmi: <https://w3id.org/cmi-kg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
         "SELECT ?d ?l { ?d cmi:hostCountry ?c ; rdfs:label ?l FILTER(lang(?l) = 'en') } ORDER BY ?d")
    rows = json.loads(ask(conn, endpoint, q))["results"]["bindings"]
    step = max(1, len(rows) // 40)
    chosen = rows[::step][:40]  # even positions are measured, odd ones only warm the server up
    return [r["l"]["value"] for r in chosen], [r["d"]["value"] for r in chosen]


def measure(endpoint, labels, entities, runs, warmup):
    conn = http.client.HTTPConnection(*endpoint[:2], timeout=300)
    queries = []
    for f in sorted((BENCH / "queries").glob("*.rq")):
        text = f.read_text()
        accept = "application/n-triples" if re.search(r"^\s*CONSTRUCT", text, re.M) else SELECT_JSON
        queries.append((f.stem.split("-", 1)[1].replace("-", " "), text, accept))

    def query(text, i):
        return text.replace("$LABEL", labels[i % len(labels)].replace('"', '\\"')).replace("$ENTITY", entities[i % len(entities)])

    # Warm-up: every query in turn with the odd-numbered names and records, which the timed runs never ask for, so
    # no answer cache holds a timed request's answer and each server has compiled its hot paths before timing.
    end, i = time.time() + warmup, 1
    while time.time() < end:
        for _, text, accept in queries:
            ask(conn, endpoint, query(text, i), accept)
        i += 2
    out = {}
    for name, text, accept in queries:
        times = []
        for i in range(runs):
            q = query(text, 2 * i)
            t = time.perf_counter()
            ask(conn, endpoint, q, accept)
            times.append((time.perf_counter() - t) * 1000)
        out[name] = (statistics.median(times), min(times), max(times))
    return out


def throughput(endpoint, label):
    q = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?x ?type WHERE { ?x rdfs:label \"%s\"@en ; a ?type }"
         % label.replace('"', '\\"'))
    url = f"http://{endpoint[0]}:{endpoint[1]}{endpoint[2]}?query={urllib.parse.quote(q)}"
    subprocess.run(["wrk", "-t1", "-c1", "-d3s", "-H", f"Accept: {SELECT_JSON}", url], capture_output=True)
    r = subprocess.run(["wrk", "-t2", "-c4", "-d10s", "-H", f"Accept: {SELECT_JSON}", url], capture_output=True, text=True)
    m = re.search(r"Requests/sec:\s+([\d.]+)", r.stdout)
    return float(m.group(1)) if m else float("nan")


def rss_mb(pid):
    try:
        for line in open(f"/proc/{pid}/status"):
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) // 1024
    except OSError:
        pass
    return -1


def fmt_ms(ms):
    return f"{ms / 1000:.2f} s" if ms >= 1000 else f"{ms:.3g} ms"


def print_table(results, servers):
    names = [s for s in servers if s in results]
    print()
    print("| query (HTTP, warm median, range) | " + " | ".join(names) + " |")
    print("|---|" + "---|" * len(names))
    for q in next(iter(results.values())):
        cells = []
        if q.startswith("lookup throughput"):
            best = max(results[n][q] for n in names)
            for n in names:
                v = results[n][q]
                cells.append(f"{v:,.0f} req/s ({best / v:.1f}x)" if v else "-")
        else:
            best = min(results[n][q][0] for n in names)
            for n in names:
                med, lo, hi = results[n][q]
                cells.append(f"{fmt_ms(med)} ({fmt_ms(lo)}–{fmt_ms(hi)}; {med / best:.1f}x)")
        print(f"| {q} | " + " | ".join(cells) + " |")


if __name__ == "__main__":
    main()
