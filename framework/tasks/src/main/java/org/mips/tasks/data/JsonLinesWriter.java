package org.mips.tasks.data;

import java.io.IOException;
import java.io.Writer;
import org.mips.spi.task.SequenceBatch;

/**
 * Writes sequences in the JSON Lines format {@link JsonLinesReader} reads: one line per sequence,
 * {@code {"x": [[1, 2], [3, 4]], "y": [0, 1]}}, each field in the short form when its dimension is 1.
 * The bytes depend only on the batches.
 */
public final class JsonLinesWriter {

    private JsonLinesWriter() {
    }

    /**
     * Writes the sequences of {@code x} and {@code y}, one line each. To write a file so that readers
     * never see half of it, pass the writer of an atomic file (the host's {@code AtomicFiles}).
     *
     * @throws IllegalArgumentException if the batches do not have the same count and length, or are
     *                                  empty (the reader rejects files without steps)
     */
    public static void write(Writer out, SequenceBatch x, SequenceBatch y) throws IOException {
        if (x.count() != y.count() || x.length() != y.length()) {
            throw new IllegalArgumentException("x is " + x + " but y is " + y + "; counts and lengths must match");
        }
        if (x.count() == 0 || x.length() == 0) {
            throw new IllegalArgumentException("nothing to write: " + x + " has no steps");
        }
        writeTo(out, x, y);
    }

    private static void writeTo(Writer out, SequenceBatch x, SequenceBatch y) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int n = 0; n < x.count(); n++) {
            line.setLength(0);
            line.append("{\"x\": ");
            appendSteps(line, x, n);
            line.append(", \"y\": ");
            appendSteps(line, y, n);
            line.append("}\n");
            out.append(line);
        }
    }

    private static void appendSteps(StringBuilder line, SequenceBatch batch, int n) {
        boolean shortForm = batch.dimension() == 1;
        line.append('[');
        for (int t = 0; t < batch.length(); t++) {
            if (t > 0) {
                line.append(", ");
            }
            if (shortForm) {
                line.append(batch.get(n, t, 0));
            } else {
                line.append('[');
                for (int i = 0; i < batch.dimension(); i++) {
                    if (i > 0) {
                        line.append(", ");
                    }
                    line.append(batch.get(n, t, i));
                }
                line.append(']');
            }
        }
        line.append(']');
    }
}
