package org.mips.regressors;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Quine's merging step of Quine-McCluskey, with don't-cares: the prime implicants of the largest
 * function a partial table allows ({@link TruthTable#upper()}), i.e. the cubes that avoid every
 * observed 0 and cannot grow. LogicNG's {@code QuineMcCluskeyAlgorithm} takes a formula, which has no
 * don't-cares, so the primes are built here and LogicNG chooses the cover ({@link MinimumCover}).
 */
final class PrimeImplicants {

    private PrimeImplicants() {
    }

    /**
     * The primes in a fixed order (fewest merges first, then by first appearance), or empty if more than
     * {@code maxCubes} cubes arise or the deadline passes.
     */
    static Optional<List<Cube>> of(BitSet minterms, int variables, int maxCubes, Deadline deadline) {
        int full = (1 << variables) - 1;
        Set<Cube> level = new LinkedHashSet<>();
        minterms.stream().forEach(m -> level.add(new Cube(full, m)));
        List<Cube> primes = new ArrayList<>();
        int seen = level.size();
        Set<Cube> current = level;
        while (!current.isEmpty()) {
            Set<Cube> next = new LinkedHashSet<>();
            Set<Cube> merged = new LinkedHashSet<>();
            for (Cube cube : current) {
                for (int bit = 1; bit <= cube.mask(); bit <<= 1) {
                    if ((cube.mask() & bit) == 0 || (cube.bits() & bit) != 0) {
                        continue;
                    }
                    Cube partner = new Cube(cube.mask(), cube.bits() | bit);
                    if (current.contains(partner)) {
                        next.add(new Cube(cube.mask() & ~bit, cube.bits()));
                        merged.add(cube);
                        merged.add(partner);
                    }
                }
            }
            for (Cube cube : current) {
                if (!merged.contains(cube)) {
                    primes.add(cube);
                }
            }
            seen += next.size();
            if (seen > maxCubes || deadline.passed()) {
                return Optional.empty();
            }
            current = next;
        }
        return Optional.of(primes);
    }
}
