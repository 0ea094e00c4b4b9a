package org.cmikg.export.network;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

import org.apache.jena.atlas.data.SerializationFactory;
import org.apache.jena.atlas.lib.Closeable;
import org.apache.jena.atlas.lib.Sink;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.thrift.TRDF;
import org.apache.jena.riot.thrift.ThriftConvert;
import org.apache.jena.riot.thrift.wire.RDF_DataTuple;
import org.apache.jena.riot.thrift.wire.RDF_Term;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.thrift.TException;
import org.apache.thrift.protocol.TProtocol;

/**
 * How the engine's bags write bindings to their spill files and read them back: RDF Thrift, one tuple of terms per
 * binding in a fixed order of variables ({@code RDF_UNDEF} where unbound), read through a 16 KiB buffer and
 * turned back into nodes without any cache.
 * <p>
 * <b>Why not ARQ's default.</b> Its text reader ({@code BindingInputStream}) gives every spill file a 256 KiB
 * character buffer and a parser with a 5,000-term node cache and an IRI cache. A sorted bag merges all its spill
 * files at once (up to 100), so on a large export those per-file caches held hundreds of thousands of terms:
 * the heap grew with the export (an export of 300,000 edges ran out of a 64 MB heap). This reader keeps one
 * binding per open file.
 */
final class SpillFiles implements SerializationFactory<Binding> {
    private final List<Var> vars;

    SpillFiles(List<Var> vars) { this.vars = List.copyOf(vars); }

    @Override
    public Sink<Binding> createSerializer(OutputStream out) {
        OutputStream buffered = new BufferedOutputStream(out, 1 << 14);
        TProtocol protocol = TRDF.protocol(buffered);
        return new Sink<>() {
            @Override
            public void send(Binding b) {
                RDF_DataTuple tuple = new RDF_DataTuple();
                tuple.setRow(new ArrayList<>(vars.size()));
                for (Var v : vars) {
                    Node n = b.get(v);
                    tuple.addToRow(n == null ? TRDF.tUNDEF : ThriftConvert.convert(n, false));
                }
                try {
                    tuple.write(protocol);
                } catch (TException e) {
                    throw new UncheckedIOException(new IOException("writing a spill file: " + e.getMessage(), e));
                }
            }

            @Override
            public void flush() {
                try {
                    buffered.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public void close() {
                try {
                    buffered.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
    }

    @Override
    public Iterator<Binding> createDeserializer(InputStream in) {
        return new Reader(new BufferedInputStream(in, 1 << 14));
    }

    private final class Reader implements Iterator<Binding>, Closeable {
        private final BufferedInputStream in;
        private final TProtocol protocol;

        Reader(BufferedInputStream in) {
            this.in = in;
            this.protocol = TRDF.protocol(in);
        }

        @Override
        public boolean hasNext() {
            try {
                in.mark(1);
                boolean more = in.read() >= 0;
                in.reset();
                return more;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Binding next() {
            if (!hasNext()) throw new NoSuchElementException();
            RDF_DataTuple tuple = new RDF_DataTuple();
            try {
                tuple.read(protocol);
            } catch (TException e) {
                throw new UncheckedIOException(new IOException("reading a spill file: " + e.getMessage(), e));
            }
            BindingBuilder b = BindingBuilder.create();
            for (int i = 0; i < vars.size(); i++) {
                RDF_Term t = tuple.getRow().get(i);
                if (!t.isSetUndefined()) b.add(vars.get(i), ThriftConvert.convert(t));
            }
            return b.build();
        }

        @Override
        public void close() {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
