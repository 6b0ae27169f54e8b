package org.mips.spi.encode;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;

/**
 * How one output column is read from the network: one real number rounded half to even and trained with
 * the paper's loss (reference section 2.3), or one logit per value of a finite set, trained with softmax
 * cross-entropy and read by argmax. Training backends know these two losses, so every output encoding
 * produces one of them.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({@JsonSubTypes.Type(value = OutputCode.Scalar.class, name = "scalar"),
        @JsonSubTypes.Type(value = OutputCode.Categorical.class, name = "categorical")})
public sealed interface OutputCode {

    /** The network outputs this column takes. */
    @JsonIgnore
    int width();

    /** The column's value read from the network's outputs {@code y[at .. at + width())}: real for scalar, a value for categorical. */
    double read(double[] y, int at);

    /** The value rounded half to even (as {@code torch.round}). */
    record Scalar() implements OutputCode {
        @Override
        public int width() {
            return 1;
        }

        @Override
        public double read(double[] y, int at) {
            return y[at];
        }
    }

    /**
     * One logit per value; the value of the largest logit (the first of equal ones).
     *
     * @param values the classes, strictly increasing, at least 2
     */
    record Categorical(@JsonProperty(value = "values", required = true) List<Long> values) implements OutputCode {

        public Categorical {
            values = List.copyOf(values);
            if (values.size() < 2) {
                throw new IllegalArgumentException("a categorical output needs at least 2 values, got " + values);
            }
            for (int i = 1; i < values.size(); i++) {
                if (values.get(i) <= values.get(i - 1)) {
                    throw new IllegalArgumentException("categorical values must be strictly increasing: " + values);
                }
            }
        }

        @Override
        public int width() {
            return values.size();
        }

        @Override
        public double read(double[] y, int at) {
            return values.get(argmax(y, at, values.size()));
        }

        /** The class of {@code value}, or -1 if it is not one. */
        public int classOf(long value) {
            int i = java.util.Collections.binarySearch(values, value);
            return i < 0 ? -1 : i;
        }

        /** The index of the largest of {@code y[at .. at + k)}, the first of equal ones. */
        public static int argmax(double[] y, int at, int k) {
            int best = 0;
            for (int i = 1; i < k; i++) {
                if (y[at + i] > y[at + best]) {
                    best = i;
                }
            }
            return best;
        }
    }
}
