package org.cmikg.export.network;

import java.io.OutputStream;
import java.util.Locale;
import java.util.Optional;

/** The formats a network can be exported to, with what each needs from the engine and how HTTP names it. */
public enum NetworkFormat {
    GEXF("gexf", "application/gexf+xml", "gexf", true, true),
    GRAPHML("graphml", "application/graphml+xml", "graphml", true, true),
    DOT("dot", "text/vnd.graphviz", "gv", true, true),
    CYTOSCAPE("cytoscape", "application/json", "cyjs.json", true, true),
    NODES_CSV("nodes-csv", "text/csv", "nodes.csv", true, false),
    EDGES_CSV("edges-csv", "text/csv", "edges.csv", false, true),
    GEOJSON("geojson", "application/geo+json", "geojson", true, false);

    private final String key;
    private final String contentType;
    private final String extension;
    private final boolean nodes;
    private final boolean edges;

    NetworkFormat(String key, String contentType, String extension, boolean nodes, boolean edges) {
        this.key = key;
        this.contentType = contentType;
        this.extension = extension;
        this.nodes = nodes;
        this.edges = edges;
    }

    /** The name users type ({@code --format gexf}, {@code format=nodes-csv}). */
    public String key() { return key; }

    public String contentType() { return contentType; }

    /** File extension of a download ({@code cmi-kg-NAME-RELEASE.EXT}). */
    public String extension() { return extension; }

    /** Whether the writer takes nodes; whether it takes edges. */
    boolean needsNodes() { return nodes; }

    boolean needsEdges() { return edges; }

    public static Optional<NetworkFormat> byKey(String key) {
        for (NetworkFormat f : values()) if (f.key.equals(key.toLowerCase(Locale.ROOT))) return Optional.of(f);
        return Optional.empty();
    }

    /** The keys, for messages: {@code gexf, graphml, ...}. */
    public static String keys() {
        StringBuilder b = new StringBuilder();
        for (NetworkFormat f : values()) b.append(b.length() == 0 ? "" : ", ").append(f.key);
        return b.toString();
    }

    NetworkWriter writer(OutputStream out, CsvShape shape) {
        return switch (this) {
            case GEXF -> new GexfWriter(out);
            case GRAPHML -> new GraphmlWriter(out);
            case DOT -> new DotWriter(out);
            case CYTOSCAPE -> new CytoscapeWriter(out);
            case NODES_CSV -> new CsvNodesWriter(out, shape);
            case EDGES_CSV -> new CsvEdgesWriter(out, shape);
            case GEOJSON -> new GeoJsonWriter(out);
        };
    }
}
