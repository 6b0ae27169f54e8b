import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;

/**
 * BinaryAddition: a step program written out by mips.
 *
 * <p>Values are {@code long}s with Java's own arithmetic, which wraps around on overflow;
 * the program is defined only where no step overflows 64 bits, and there this class
 * computes exactly what the program does.
 */
public final class BinaryAddition {

    private BinaryAddition() {
    }

    /** Returns y for each step of x0 (0..1) and x1 (0..1). */
    public static long[] apply(long[] x0, long[] x1) {
        long b0 = 0;
        long b1 = 0;
        long[] ys = new long[x0.length];
        for (int t = 0; t < x0.length; t++) {
            b1 = b0 ^ x0[t] ^ x1[t];
            b0 = b0 + x0[t] + x1[t] > 1 ? 1 : 0;
            ys[t] = b1;
        }
        return ys;
    }

    /**
     * Reads one sequence per line from stdin (steps separated by spaces, the inputs of a step by
     * commas) and prints the outputs of each step the same way, one line per sequence.
     */
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringBuilder out = new StringBuilder();
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String[] steps = line.isBlank() ? new String[0] : line.strip().split("\\s+");
            long[][] inputs = new long[2][steps.length];
            for (int t = 0; t < steps.length; t++) {
                String[] values = steps[t].split(",");
                for (int i = 0; i < inputs.length; i++) {
                    inputs[i][t] = Long.parseLong(values[i]);
                }
            }
            long[] outputs = apply(inputs[0], inputs[1]);
            for (int t = 0; t < outputs.length; t++) {
                out.append(t > 0 ? " " : "").append(outputs[t]);
            }
            out.append('\n');
        }
        System.out.print(out);
    }
}
