package org.mips.core.encode;

import java.util.Locale;
import java.util.Set;
import org.mips.spi.Outcome;
import org.mips.spi.encode.ColumnValues;
import org.mips.spi.encode.Encoding;
import org.mips.spi.encode.OutputCode;
import org.pf4j.Extension;

/**
 * A logit per value of an output column that takes few values, trained with softmax cross-entropy and
 * read by argmax: a task whose output is one of k symbols (a sum modulo k) learns it as k classes. A
 * column whose values grow with the sequence length (a counter) cannot be a fixed set of classes.
 */
@Extension
public final class CategoricalEncoding implements Encoding {

    public static final String ID = "categorical";
    /** The most classes an output column may have. */
    public static final int MAX_CLASSES = 64;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "one logit per value of an output column, softmax cross-entropy, argmax (at most " + MAX_CLASSES + " values)";
    }

    @Override
    public Set<Side> sides() {
        return Set.of(Side.OUTPUT);
    }

    @Override
    public Outcome<OutputCode> output(ColumnValues column) {
        if (!column.bounded()) {
            return Outcome.none(column.column() + " takes values on longer sequences that its data does not have:"
                    + " it is unbounded, not a fixed set of classes");
        }
        if (column.size() > MAX_CLASSES) {
            return Outcome.none(String.format(Locale.ROOT, "%s has %,d distinct values; categorical takes at most %d", column.column(),
                    column.size(), MAX_CLASSES));
        }
        if (column.size() < 2) {
            return Outcome.none(column.column() + " takes " + column.size() + " value; categorical needs at least 2");
        }
        return Outcome.found(new OutputCode.Categorical(column.values()));
    }
}
