package org.mips.core.extract;

import java.util.ArrayList;
import java.util.List;

/** Discrete states as immutable lists of longs: comparable, hashable, printable. */
final class States {

    private States() {
    }

    static List<Long> of(long[] values) {
        List<Long> list = new ArrayList<>(values.length);
        for (long v : values) {
            list.add(v);
        }
        return List.copyOf(list);
    }

    static long[] array(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).toArray();
    }

    /** Lexicographic order, so tables come out sorted and artifacts are reproducible. */
    static int compare(List<Long> a, List<Long> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = Long.compare(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
