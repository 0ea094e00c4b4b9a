package org.cmikg.server;

import java.util.Iterator;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.fuseki.servlets.GSP_R;
import org.apache.jena.fuseki.servlets.GraphTarget;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's read-only Graph Store Protocol ({@code /data}) with two changes: {@code ?default} is the default
 * graph that queries see, the union of the named graphs, and no response holds more than the result cap in
 * triples or quads. A larger graph is refused (403) with the way to get it whole: {@code /dumps/}.
 */
final class ReadOnlyGraphStore extends GSP_R {
    private final long cap;

    ReadOnlyGraphStore(long cap) { this.cap = cap; }

    @Override
    protected DatasetGraph decideDataset(HttpAction action) {
        return new DatasetGraphWrapper(super.decideDataset(action)) {
            @Override
            public Graph getDefaultGraph() { return getUnionGraph(); }
        };
    }

    @Override
    protected void doGet(HttpAction action) {
        long size;
        action.beginRead();
        try {
            DatasetGraph dsg = decideDataset(action);
            if (isQuads(action)) {
                size = atMost(dsg.find(), cap + 1);
            } else {
                GraphTarget target = GraphTarget.determineTargetGSP(dsg, action);
                size = target.exists() ? atMost(target.graph().find(), cap + 1) : 0;
            }
        } finally {
            action.endRead();
        }
        if (size > cap) {
            ServletOps.error(HttpSC.FORBIDDEN_403, "This graph holds more than " + cap + " triples, more than this server sends "
                    + "at once; download the whole dataset from /dumps/ or ask /sparql for the part you need.");
        }
        super.doGet(action);
    }

    private static long atMost(Iterator<?> it, long limit) {
        long n = 0;
        try {
            while (n < limit && it.hasNext()) {
                it.next();
                n++;
            }
        } finally {
            Iter.close(it);
        }
        return n;
    }
}
