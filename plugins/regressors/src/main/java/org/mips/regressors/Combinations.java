package org.mips.regressors;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** The {@code k}-element subsets of {@code {0..n-1}} as ascending index arrays, in lexicographic order. */
final class Combinations implements Iterable<int[]> {

    private final int n;
    private final int k;

    private Combinations(int n, int k) {
        this.n = n;
        this.k = k;
    }

    static Combinations of(int n, int k) {
        return new Combinations(n, k);
    }

    @Override
    public Iterator<int[]> iterator() {
        return new Iterator<>() {
            private int[] next = k <= n ? first() : null;

            @Override
            public boolean hasNext() {
                return next != null;
            }

            @Override
            public int[] next() {
                if (next == null) {
                    throw new NoSuchElementException();
                }
                int[] current = next.clone();
                next = advance(next);
                return current;
            }
        };
    }

    private int[] first() {
        int[] first = new int[k];
        for (int i = 0; i < k; i++) {
            first[i] = i;
        }
        return first;
    }

    /** The successor of {@code c} in place, or null after the last one. */
    private int[] advance(int[] c) {
        int i = k - 1;
        while (i >= 0 && c[i] == n - k + i) {
            i--;
        }
        if (i < 0) {
            return null;
        }
        c[i]++;
        for (int j = i + 1; j < k; j++) {
            c[j] = c[j - 1] + 1;
        }
        return c;
    }
}
