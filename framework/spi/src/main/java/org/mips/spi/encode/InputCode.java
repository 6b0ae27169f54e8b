package org.mips.spi.encode;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.List;
import java.util.Objects;

/**
 * How one input column's integer enters the network: as the number itself (the paper's setup, reference
 * section 2.2) or as a fixed vector per symbol of a finite alphabet (one-hot, or a plugin's table).
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({@JsonSubTypes.Type(value = InputCode.Scalar.class, name = "scalar"),
        @JsonSubTypes.Type(value = InputCode.Symbols.class, name = "symbols")})
public sealed interface InputCode {

    /** The network inputs this column takes. */
    @JsonIgnore
    int width();

    /** The encoding component that chose this code, for reports. */
    @JsonIgnore
    String encoding();

    /**
     * Writes the code of {@code value} into {@code into[at .. at + width())}.
     *
     * @throws IllegalArgumentException if the value is outside the code's alphabet
     */
    void encode(long value, double[] into, int at);

    /** The value itself, one input. */
    record Scalar() implements InputCode {
        @Override
        public int width() {
            return 1;
        }

        @Override
        public String encoding() {
            return "scalar";
        }

        @Override
        public void encode(long value, double[] into, int at) {
            into[at] = value;
        }
    }

    /**
     * A vector per symbol: {@code vectors.get(i)} codes {@code symbols.get(i)}.
     *
     * @param encoding the id of the encoding that built the table, e.g. {@code one-hot}
     * @param symbols  the alphabet, strictly increasing
     * @param vectors  one vector per symbol, all of one length of at least 1, finite
     */
    record Symbols(@JsonProperty(value = "encoding", required = true) String encoding,
            @JsonProperty(value = "symbols", required = true) List<Long> symbols,
            @JsonProperty(value = "vectors", required = true) List<List<Double>> vectors) implements InputCode {

        public Symbols {
            Objects.requireNonNull(encoding, "encoding");
            symbols = List.copyOf(symbols);
            vectors = vectors.stream().map(List::copyOf).toList();
            if (symbols.isEmpty() || symbols.size() != vectors.size()) {
                throw new IllegalArgumentException("a symbol table needs one vector per symbol, got " + symbols.size()
                        + " symbols and " + vectors.size() + " vectors");
            }
            for (int i = 1; i < symbols.size(); i++) {
                if (symbols.get(i) <= symbols.get(i - 1)) {
                    throw new IllegalArgumentException("symbols must be strictly increasing: " + symbols);
                }
            }
            int width = vectors.get(0).size();
            for (List<Double> vector : vectors) {
                if (vector.size() != width || width == 0) {
                    throw new IllegalArgumentException("every symbol's vector must have the same length of at least 1");
                }
                if (!vector.stream().allMatch(Double::isFinite)) {
                    throw new IllegalArgumentException("symbol vectors must be finite: " + vector);
                }
            }
        }

        /** One-hot: symbol {@code i} is the {@code i}-th unit vector. */
        public static Symbols oneHot(String encoding, List<Long> symbols) {
            int k = symbols.size();
            List<List<Double>> vectors = new java.util.ArrayList<>(k);
            for (int i = 0; i < k; i++) {
                Double[] row = new Double[k];
                java.util.Arrays.fill(row, 0.0);
                row[i] = 1.0;
                vectors.add(List.of(row));
            }
            return new Symbols(encoding, symbols, vectors);
        }

        @Override
        public int width() {
            return vectors.get(0).size();
        }

        @Override
        public void encode(long value, double[] into, int at) {
            int i = java.util.Collections.binarySearch(symbols, value);
            if (i < 0) {
                throw new IllegalArgumentException("input value " + value + " is outside the " + encoding + " alphabet "
                        + symbols.get(0) + ".." + symbols.get(symbols.size() - 1));
            }
            List<Double> vector = vectors.get(i);
            for (int j = 0; j < vector.size(); j++) {
                into[at + j] = vector.get(j);
            }
        }
    }
}
