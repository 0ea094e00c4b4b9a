package org.cmikg.export.network;

import java.io.IOException;

/**
 * A streaming writer of one network format. The engine calls {@link #begin} once, then {@link #node} for each
 * distinct node, then {@link #edge} for each edge, then {@link #end}; a writer keeps nothing but what it needs
 * to close its document.
 */
public interface NetworkWriter {
    void begin(Provenance provenance, java.util.SortedSet<String> extraNodeAttributes) throws IOException;

    void node(ExportNode node) throws IOException;

    void edge(ExportEdge edge) throws IOException;

    void end() throws IOException;
}
