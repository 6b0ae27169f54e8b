package org.mips.core.encode;

import java.util.Locale;
import java.util.Set;
import org.mips.spi.Outcome;
import org.mips.spi.encode.ColumnValues;
import org.mips.spi.encode.Encoding;
import org.mips.spi.encode.InputCode;
import org.pf4j.Extension;

/**
 * An input per symbol of a small alphabet, 1 for the symbol seen and 0 for the others: what turns "is the
 * digit even" from a ten-piece sawtooth of one number into a linear function.
 */
@Extension
public final class OneHotEncoding implements Encoding {

    public static final String ID = "one-hot";
    /** The most symbols a column may have: beyond that the first layer grows with the alphabet. */
    public static final int MAX_SYMBOLS = 64;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "one input per symbol of an input column's alphabet (at most " + MAX_SYMBOLS + " symbols)";
    }

    @Override
    public Set<Side> sides() {
        return Set.of(Side.INPUT);
    }

    @Override
    public Outcome<InputCode> input(ColumnValues column) {
        if (column.size() > MAX_SYMBOLS) {
            return Outcome.none(String.format(Locale.ROOT, "%s has %,d distinct values; one-hot takes at most %d", column.column(),
                    column.size(), MAX_SYMBOLS));
        }
        if (column.size() == 0) {
            return Outcome.none(column.column() + " has no values to encode");
        }
        return Outcome.found(InputCode.Symbols.oneHot(ID, column.values()));
    }
}
