package org.mips.core.encode;

import java.util.Set;
import org.mips.spi.Outcome;
import org.mips.spi.encode.ColumnValues;
import org.mips.spi.encode.Encoding;
import org.mips.spi.encode.InputCode;
import org.mips.spi.encode.OutputCode;
import org.pf4j.Extension;

/** The paper's setup (reference section 2.2): a column's integer is one real input or output. Carries any column. */
@Extension
public final class ScalarEncoding implements Encoding {

    public static final String ID = "scalar";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "the value as one real number; outputs rounded half to even (the paper's setup)";
    }

    @Override
    public Set<Side> sides() {
        return Set.of(Side.INPUT, Side.OUTPUT);
    }

    @Override
    public Outcome<InputCode> input(ColumnValues column) {
        return Outcome.found(new InputCode.Scalar());
    }

    @Override
    public Outcome<OutputCode> output(ColumnValues column) {
        return Outcome.found(new OutputCode.Scalar());
    }
}
