// Oxigraph (npm package `oxigraph`) behind a minimal SPARQL endpoint, for the side-by-side benchmark:
//   node bench/oxigraph-server.mjs FILE.ttl PORT
// GET /sparql?query=... answers SELECT/ASK as application/sparql-results+json and CONSTRUCT/DESCRIBE as
// N-Triples; the whole graph is held in memory in Oxigraph's store, loaded from FILE at start.
import { createRequire } from "node:module";
import http from "node:http";
import fs from "node:fs";

const require = createRequire(import.meta.url);
const oxigraph = require("oxigraph");
const [file, port] = process.argv.slice(2);
const started = Date.now();
const store = new oxigraph.Store();
store.load(fs.readFileSync(file, "utf8"), { format: "text/turtle" });
console.error(`oxigraph: ${store.size} triples loaded in ${Date.now() - started} ms`);

http.createServer((req, res) => {
  const url = new URL(req.url, "http://localhost");
  const query = url.searchParams.get("query");
  if (url.pathname !== "/sparql" || !query) {
    res.writeHead(url.pathname === "/" ? 200 : 404).end();
    return;
  }
  try {
    const graph = /^\s*(CONSTRUCT|DESCRIBE)\b/im.test(query);
    const body = store.query(query, graph ? { results_format: "application/n-triples" }
                                          : { results_format: "application/sparql-results+json" });
    res.writeHead(200, { "Content-Type": graph ? "application/n-triples" : "application/sparql-results+json" }).end(body);
  } catch (e) {
    res.writeHead(400, { "Content-Type": "text/plain" }).end(String(e));
  }
}).listen(Number(port), "127.0.0.1", () => console.error(`oxigraph: listening on ${port}`));
