package org.mips.regressors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrimeImplicantsTest {

    private static final Deadline LATER = Deadline.at(Instant.now().plusSeconds(30));

    private static BitSet minterms(int... values) {
        BitSet set = new BitSet();
        for (int v : values) {
            set.set(v);
        }
        return set;
    }

    @Test
    void mergesAdjacentMintermsIntoPrimes() {
        // a or b over bits (a = bit 0, b = bit 1): minterms 1, 2, 3; the primes are a and b.
        List<Cube> primes = PrimeImplicants.of(minterms(1, 2, 3), 2, 1000, LATER).orElseThrow();
        assertEquals(List.of(new Cube(0b01, 0b01), new Cube(0b10, 0b10)), primes);
    }

    @Test
    void theCoverUsesDontCaresToDropLiterals() {
        // On {a=1,b=0}, off {a=0,b=0}, the rest unobserved: "a" covers the 1 without "not b".
        TruthTable table = new TruthTable(List.of("a", "b"), minterms(1), minterms(0));
        List<Cube> primes = PrimeImplicants.of(table.upper(), 2, 1000, LATER).orElseThrow();
        assertEquals(List.of(new Cube(0b01, 0b01)), MinimumCover.of(primes, table.on(), LATER).orElseThrow());
    }

    @Test
    void theCoverIsAMinimumOneOnACyclicTable() {
        // Minterms 0, 1, 2, 5, 6, 7 of three variables: six two-literal primes in a cycle, no essential
        // one; a greedy choice can take four, the minimum is three.
        BitSet on = minterms(0, 1, 2, 5, 6, 7);
        List<Cube> primes = PrimeImplicants.of(on, 3, 1000, LATER).orElseThrow();
        assertEquals(6, primes.size());
        List<Cube> cover = MinimumCover.of(primes, on, LATER).orElseThrow();
        assertEquals(3, cover.size());
        on.stream().forEach(m -> assertTrue(cover.stream().anyMatch(c -> c.covers(m)), "minterm " + m));
    }

    @Test
    void givesUpBeyondTheCubeLimit() {
        BitSet all = new BitSet();
        all.set(0, 1 << 8);
        assertEquals(Optional.empty(), PrimeImplicants.of(all, 8, 100, LATER));
    }
}
