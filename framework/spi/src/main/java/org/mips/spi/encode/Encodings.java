package org.mips.spi.encode;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The codes of a network's input and output columns, in the task's column order. The network's input
 * vector is the concatenation of the input codes; its output vector, of the output codes.
 */
public record Encodings(@JsonProperty(value = "inputs", required = true) List<InputCode> inputs,
        @JsonProperty(value = "outputs", required = true) List<OutputCode> outputs) {

    public Encodings {
        inputs = List.copyOf(inputs);
        outputs = List.copyOf(outputs);
        if (inputs.isEmpty() || outputs.isEmpty()) {
            throw new IllegalArgumentException("encodings need at least one input and one output column");
        }
    }

    /** The paper's setup: every column a raw number. */
    public static Encodings scalar(int inputs, int outputs) {
        return new Encodings(Collections.nCopies(inputs, new InputCode.Scalar()),
                Collections.nCopies(outputs, new OutputCode.Scalar()));
    }

    /** Network inputs: the sum of the input codes' widths. */
    @JsonIgnore
    public int inputWidth() {
        return inputs.stream().mapToInt(InputCode::width).sum();
    }

    /** Network outputs: the sum of the output codes' widths. */
    @JsonIgnore
    public int outputWidth() {
        return outputs.stream().mapToInt(OutputCode::width).sum();
    }

    /** Whether every column is a raw number, as in the paper. */
    @JsonIgnore
    public boolean isScalar() {
        return inputs.stream().allMatch(c -> c instanceof InputCode.Scalar)
                && outputs.stream().allMatch(c -> c instanceof OutputCode.Scalar);
    }

    /** The network input vector for the task's input {@code x}. */
    public double[] encode(long[] x) {
        double[] z = new double[inputWidth()];
        encode(x, z, 0);
        return z;
    }

    /** Writes the network input vector for {@code x} into {@code into} from {@code at}. */
    public void encode(long[] x, double[] into, int at) {
        if (x.length != inputs.size()) {
            throw new IllegalArgumentException("an input of " + x.length + " values for " + inputs.size() + " input columns");
        }
        for (int i = 0; i < x.length; i++) {
            InputCode code = inputs.get(i);
            code.encode(x[i], into, at);
            at += code.width();
        }
    }

    /** The task's outputs read from the network's output vector {@code y}: real numbers for scalar columns, values for categorical ones. */
    public double[] read(double[] y) {
        double[] values = new double[outputs.size()];
        int at = 0;
        for (int k = 0; k < values.length; k++) {
            OutputCode code = outputs.get(k);
            values[k] = code.read(y, at);
            at += code.width();
        }
        return values;
    }

    /** Short text for reports, e.g. {@code one-hot -> categorical}, or {@code scalar} for the paper's setup. */
    public String describe() {
        String in = inputs.stream().map(InputCode::encoding).distinct().collect(Collectors.joining("+"));
        String out = outputs.stream().map(c -> c instanceof OutputCode.Categorical ? "categorical" : "scalar")
                .distinct().collect(Collectors.joining("+"));
        return in.equals("scalar") && out.equals("scalar") ? "scalar" : in + " -> " + out;
    }
}
