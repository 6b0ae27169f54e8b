package org.mips.testkit;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.SplittableRandom;
import org.mips.spi.represent.HiddenTrace;

/**
 * Hidden traces of known structure for representation-detector tests: a linear network whose states lie
 * on an integer lattice, a machine that stores k bits at the corners of an affine cube, a finite machine
 * whose states sit at arbitrary points, and the traces with no structure at all that every detector must
 * turn down (empty, all equal, non-finite, noise). Each is simulated row by row as a recurrent network
 * runs ({@link TraceRecorder}), so previous states, inputs, next states, outputs and steps agree, and
 * the same arguments always give the same trace.
 */
public final class SyntheticTraces {

    private SyntheticTraces() {
    }

    /**
     * A linear network on the lattice with the given basis: the integer state follows
     * {@code z_t = M z_{t-1} + N x_t} from {@code z_{-1} = initial}, the hidden state is
     * {@code h = b + sum_i z_i basis_i} with b chosen so that the initial state is {@code h = 0}, and the
     * output is the sum of z's coordinates. Inputs are drawn from 0 to {@code inputMax}.
     *
     * @param basis        the lattice basis, one row per integer variable (r rows of the hidden size)
     * @param transition   M, {@code r x r}
     * @param inputWeights N, {@code r x d}
     */
    public static SyntheticTrace linearLattice(String name, double[][] basis, long[][] transition, long[][] inputWeights,
            long[] initial, int inputMax, double noise, int sequences, int length, long seed) {
        int r = basis.length;
        int n = basis[0].length;
        double[] anchor = new double[n];
        for (int i = 0; i < r; i++) {
            for (int j = 0; j < n; j++) {
                anchor[j] -= initial[i] * basis[i][j];
            }
        }
        TraceRecorder.Machine machine = new TraceRecorder.Machine(initial.clone(), inputWeights[0].length, inputMax,
                (z, x) -> {
                    long[] out = new long[r];
                    for (int i = 0; i < r; i++) {
                        for (int k = 0; k < r; k++) {
                            out[i] += transition[i][k] * z[k];
                        }
                        for (int c = 0; c < x.length; c++) {
                            out[i] += inputWeights[i][c] * x[c];
                        }
                    }
                    return out;
                },
                z -> {
                    double[] h = anchor.clone();
                    for (int i = 0; i < r; i++) {
                        for (int j = 0; j < n; j++) {
                            h[j] += z[i] * basis[i][j];
                        }
                    }
                    return h;
                },
                z -> new double[] {Arrays.stream(z).sum()});
        return TraceRecorder.record(name, machine, n, noise, sequences, length, seed);
    }

    /**
     * A machine that stores {@code bits} bits: one binary input, a random transition that permutes the
     * 2^k codes differently for each input value (every code reachable from the all-zero start), a random
     * 0/1 output per code, and the code placed at {@code o + sum_i bit_i e_i} for a random origin and random
     * sheared, scaled and rotated edges. The truth is the code's bits. Needs {@code hiddenDim >= bits}.
     */
    public static SyntheticTrace bitMachine(int bits, int hiddenDim, double noise, int sequences, int length, long seed) {
        if (hiddenDim < bits) {
            throw new IllegalArgumentException(bits + " bits need at least " + bits + " hidden units, got " + hiddenDim);
        }
        SplittableRandom random = new SplittableRandom(seed);
        int states = 1 << bits;
        int[][] transitions = connectedPermutations(states, 2, random);
        int[] outputs = random.ints(states, 0, 2).toArray();
        double[][] edges = cubeEdges(bits, hiddenDim, random);
        double[] origin = gaussianVector(hiddenDim, random);
        TraceRecorder.Machine machine = new TraceRecorder.Machine(new long[bits], 1, 1,
                (code, x) -> bitsOf(transitions[numberOf(code)][(int) x[0]], bits),
                code -> {
                    double[] h = origin.clone();
                    for (int i = 0; i < bits; i++) {
                        for (int j = 0; j < hiddenDim; j++) {
                            h[j] += code[i] * edges[i][j];
                        }
                    }
                    return h;
                },
                code -> new double[] {outputs[numberOf(code)]});
        return TraceRecorder.record(bits + "-bit machine in " + hiddenDim + " units", machine, hiddenDim, noise, sequences,
                length, random.nextLong());
    }

    /**
     * A finite machine whose states sit at random points at least 0.5 apart: input values 0 to
     * {@code transitions[0].length - 1}, {@code transitions[s][x]} the next state, {@code outputs[s]} the
     * output, starting in state 0. The truth is the state's number.
     */
    public static SyntheticTrace finiteMachine(String name, int[][] transitions, int[] outputs, int hiddenDim, double noise,
            int sequences, int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] points = separatedPoints(transitions.length, hiddenDim, 0.5, random);
        TraceRecorder.Machine machine = new TraceRecorder.Machine(new long[1], 1, transitions[0].length - 1,
                (s, x) -> new long[] {transitions[(int) s[0]][(int) x[0]]},
                s -> points[(int) s[0]].clone(),
                s -> new double[] {outputs[(int) s[0]]});
        return TraceRecorder.record(name, machine, hiddenDim, noise, sequences, length, random.nextLong());
    }

    /** Hidden states drawn uniformly from {@code [-1, 1]^n} at every step: no structure at all. */
    public static SyntheticTrace noise(int hiddenDim, int sequences, int length, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        TraceRecorder.Machine machine = new TraceRecorder.Machine(new long[1], 1, 1,
                (s, x) -> new long[] {random.nextLong()},
                s -> random.doubles(hiddenDim, -1, 1).toArray(),
                s -> new double[] {random.nextInt(2)});
        return TraceRecorder.record("random noise in " + hiddenDim + " units", machine, hiddenDim, 0, sequences, length,
                random.nextLong());
    }

    /** A trace without rows. */
    public static SyntheticTrace empty(int hiddenDim) {
        HiddenTrace trace = new HiddenTrace(0, hiddenDim, 1, 1, new double[0], new long[0], new double[0], new double[0], new int[0]);
        return new SyntheticTrace("empty trace", trace, new long[0][], new long[0][]);
    }

    /** A dead network: every hidden state is 0, whatever the input. */
    public static SyntheticTrace allZero(int hiddenDim, int sequences, int length) {
        TraceRecorder.Machine machine = new TraceRecorder.Machine(new long[1], 1, 1, (s, x) -> new long[1],
                s -> new double[hiddenDim], s -> new double[] {0});
        return TraceRecorder.record("all states zero", machine, hiddenDim, 0, sequences, length, 1);
    }

    /** {@code base} with hidden value {@code index} of {@code h_t} replaced by {@code value} (NaN, infinity). */
    public static SyntheticTrace withNextValue(SyntheticTrace base, int index, double value) {
        double[] next = base.trace().next().clone();
        next[index] = value;
        HiddenTrace t = base.trace();
        return new SyntheticTrace(base.name() + " with " + value + " in a hidden state",
                new HiddenTrace(t.rows(), t.hiddenDim(), t.inputDim(), t.outputDim(), t.previous().clone(), t.inputs().clone(),
                        next, t.outputs().clone(), t.steps().clone()),
                base.previousTruth(), base.nextTruth());
    }

    /** A random {@code rank x hiddenDim} basis: Gaussian rows, redrawn until reasonably conditioned. */
    public static double[][] randomBasis(int rank, int hiddenDim, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        while (true) {
            double[][] basis = new double[rank][];
            for (int i = 0; i < rank; i++) {
                basis[i] = gaussianVector(hiddenDim, random);
            }
            if (smallestOrthogonalPart(basis) > 0.3) {
                return basis;
            }
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------

    /** For each input value a random permutation of the states, redrawn until all are reachable from 0. */
    private static int[][] connectedPermutations(int states, int symbols, SplittableRandom random) {
        while (true) {
            int[][] transitions = new int[states][symbols];
            for (int x = 0; x < symbols; x++) {
                int[] permutation = permutation(states, random);
                for (int s = 0; s < states; s++) {
                    transitions[s][x] = permutation[s];
                }
            }
            if (reachable(transitions) == states) {
                return transitions;
            }
        }
    }

    private static int reachable(int[][] transitions) {
        boolean[] seen = new boolean[transitions.length];
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(0);
        seen[0] = true;
        int count = 1;
        while (!queue.isEmpty()) {
            for (int to : transitions[queue.poll()]) {
                if (!seen[to]) {
                    seen[to] = true;
                    count++;
                    queue.add(to);
                }
            }
        }
        return count;
    }

    private static int[] permutation(int size, SplittableRandom random) {
        int[] p = new int[size];
        Arrays.setAll(p, i -> i);
        for (int i = size - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = p[i];
            p[i] = p[j];
            p[j] = swap;
        }
        return p;
    }

    /**
     * Edges of a random affine cube: lengths 0.6 to 1.4 along the first k axes, sheared by up to 0.3,
     * then rotated by a random orthogonal matrix.
     */
    private static double[][] cubeEdges(int bits, int hiddenDim, SplittableRandom random) {
        double[][] edges = new double[bits][hiddenDim];
        for (int i = 0; i < bits; i++) {
            edges[i][i] = random.nextDouble(0.6, 1.4);
            for (int j = 0; j < bits; j++) {
                if (j != i) {
                    edges[i][j] += random.nextDouble(-0.3, 0.3) / bits;
                }
            }
        }
        double[][] rotation = randomRotation(hiddenDim, random);
        double[][] rotated = new double[bits][hiddenDim];
        for (int i = 0; i < bits; i++) {
            for (int j = 0; j < hiddenDim; j++) {
                for (int k = 0; k < hiddenDim; k++) {
                    rotated[i][j] += edges[i][k] * rotation[k][j];
                }
            }
        }
        return rotated;
    }

    /** A random orthogonal matrix: Gram-Schmidt on Gaussian rows. */
    static double[][] randomRotation(int n, SplittableRandom random) {
        double[][] q = new double[n][];
        for (int i = 0; i < n; i++) {
            double[] v = gaussianVector(n, random);
            for (int k = 0; k < i; k++) {
                double dot = dot(v, q[k]);
                for (int j = 0; j < n; j++) {
                    v[j] -= dot * q[k][j];
                }
            }
            double norm = Math.sqrt(dot(v, v));
            for (int j = 0; j < n; j++) {
                v[j] /= norm;
            }
            q[i] = v;
        }
        return q;
    }

    private static double[][] separatedPoints(int count, int hiddenDim, double separation, SplittableRandom random) {
        while (true) {
            double[][] points = new double[count][];
            for (int i = 0; i < count; i++) {
                points[i] = gaussianVector(hiddenDim, random);
            }
            boolean apart = true;
            for (int a = 0; a < count && apart; a++) {
                for (int b = a + 1; b < count && apart; b++) {
                    double d2 = 0;
                    for (int j = 0; j < hiddenDim; j++) {
                        d2 += (points[a][j] - points[b][j]) * (points[a][j] - points[b][j]);
                    }
                    apart = d2 >= separation * separation;
                }
            }
            if (apart) {
                return points;
            }
        }
    }

    /** The smallest length of a row's part orthogonal to the rows before it, relative to its length. */
    private static double smallestOrthogonalPart(double[][] rows) {
        double smallest = Double.POSITIVE_INFINITY;
        double[][] orthonormal = new double[rows.length][];
        for (int i = 0; i < rows.length; i++) {
            double[] v = rows[i].clone();
            for (int k = 0; k < i; k++) {
                double d = dot(v, orthonormal[k]);
                for (int j = 0; j < v.length; j++) {
                    v[j] -= d * orthonormal[k][j];
                }
            }
            double norm = Math.sqrt(dot(v, v));
            smallest = Math.min(smallest, norm / Math.sqrt(dot(rows[i], rows[i])));
            for (int j = 0; j < v.length; j++) {
                v[j] /= norm;
            }
            orthonormal[i] = v;
        }
        return smallest;
    }

    private static double[] gaussianVector(int n, SplittableRandom random) {
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = TraceRecorder.gaussian(random);
        }
        return v;
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static long[] bitsOf(int number, int bits) {
        long[] code = new long[bits];
        for (int i = 0; i < bits; i++) {
            code[i] = (number >>> i) & 1;
        }
        return code;
    }

    private static int numberOf(long[] code) {
        int number = 0;
        for (int i = 0; i < code.length; i++) {
            number |= (int) code[i] << i;
        }
        return number;
    }
}
