package org.mips.regressors;

import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * A Boolean function of {@code k} named 0/1 variables, partially observed: minterm {@code m} has bit
 * {@code j} set when variable {@code j} is 1. Minterms in neither {@link #on} nor {@link #off} were never
 * observed and are don't-cares.
 *
 * @param names the variables, bit 0 first
 * @param on    observed minterms with target 1
 * @param off   observed minterms with target 0
 */
record TruthTable(List<String> names, BitSet on, BitSet off) {

    TruthTable {
        names = List.copyOf(names);
        on = (BitSet) on.clone();
        off = (BitSet) off.clone();
    }

    /** The table of {@code rows} over the columns {@code support}; every value is 0 or 1. */
    static TruthTable of(DistinctRows rows, int[] support, List<String> variables) {
        BitSet on = new BitSet();
        BitSet off = new BitSet();
        for (int r = 0; r < rows.size(); r++) {
            int minterm = 0;
            for (int j = 0; j < support.length; j++) {
                if (rows.rows()[r][support[j]] != 0) {
                    minterm |= 1 << j;
                }
            }
            (rows.targets()[r] != 0 ? on : off).set(minterm);
        }
        return new TruthTable(Arrays.stream(support).mapToObj(variables::get).toList(), on, off);
    }

    int variables() {
        return names.size();
    }

    /** Every minterm not in {@code off}: the largest function the observations allow. */
    BitSet upper() {
        BitSet upper = new BitSet();
        upper.set(0, 1 << variables());
        upper.andNot(off);
        return upper;
    }

    /** The table of the negated function: on and off swap, don't-cares stay. */
    TruthTable complement() {
        return new TruthTable(names, off, on);
    }
}
