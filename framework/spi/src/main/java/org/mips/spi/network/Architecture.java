package org.mips.spi.network;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * The shape of the paper's GeneralRNN (reference section 2.1): hidden dimension {@code n}, a
 * transition MLP of {@code transitionDepth} linear layers and width {@code transitionWidth}, and a
 * readout MLP of {@code readoutDepth} layers and width {@code readoutWidth}. A width is irrelevant
 * when its depth is 1 (a single linear layer) and is then stored as 0, so that equal networks have
 * equal architectures.
 */
public record Architecture(
        @JsonProperty(value = "hiddenDim", required = true) int hiddenDim,
        @JsonProperty(value = "transitionDepth", required = true) int transitionDepth,
        @JsonProperty("transitionWidth") int transitionWidth,
        @JsonProperty(value = "readoutDepth", required = true) int readoutDepth,
        @JsonProperty("readoutWidth") int readoutWidth,
        @JsonProperty("activation") Activation activation) {

    public Architecture {
        positive(hiddenDim, "hiddenDim");
        positive(transitionDepth, "transitionDepth");
        positive(readoutDepth, "readoutDepth");
        if (transitionDepth > 1) {
            positive(transitionWidth, "transitionWidth");
        } else {
            transitionWidth = 0;
        }
        if (readoutDepth > 1) {
            positive(readoutWidth, "readoutWidth");
        } else {
            readoutWidth = 0;
        }
        activation = activation == null ? Activation.RELU : activation;
    }

    /** A linear recurrence with a linear readout: the paper's depth-1 networks. */
    public static Architecture linear(int hiddenDim) {
        return new Architecture(hiddenDim, 1, 0, 1, 0, Activation.RELU);
    }

    /**
     * Parses the command-line form {@code n,Lh,wh,Lo,wo}, e.g. {@code 2,1,0,1,0} or {@code 4,2,16,1,0}.
     *
     * @throws IllegalArgumentException naming the bad field
     */
    public static Architecture parse(String text) {
        Objects.requireNonNull(text, "architecture");
        String[] parts = text.split(",", -1);
        if (parts.length != 5) {
            throw new IllegalArgumentException("architecture '" + text + "' must be n,Lh,wh,Lo,wo (5 integers)");
        }
        int[] values = new int[5];
        String[] names = {"n", "Lh", "wh", "Lo", "wo"};
        for (int i = 0; i < 5; i++) {
            try {
                values[i] = Integer.parseInt(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("architecture '" + text + "': " + names[i] + " = '" + parts[i] + "' is not an integer");
            }
        }
        return new Architecture(values[0], values[1], values[2], values[3], values[4], Activation.RELU);
    }

    /** The command-line form, e.g. {@code 2,1,0,1,0}. */
    public String toText() {
        return hiddenDim + "," + transitionDepth + "," + transitionWidth + "," + readoutDepth + "," + readoutWidth;
    }

    private static void positive(int value, String name) {
        if (value < 1) {
            throw new IllegalArgumentException("architecture: " + name + " must be at least 1, got " + value);
        }
    }
}
