package org.mips.core.encode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mips.core.UserException;
import org.mips.spi.Components;
import org.mips.spi.Outcome;
import org.mips.spi.encode.ColumnValues;
import org.mips.spi.encode.Encoding;
import org.mips.spi.encode.Encodings;
import org.mips.spi.encode.InputCode;
import org.mips.spi.encode.OutputCode;

/**
 * Fits encodings to a task's columns: one named encoding on every column of a side, or the symbolic
 * setup (one-hot inputs and categorical outputs wherever a column has at least three values and the
 * encoding takes it, scalar elsewhere), with the reasons for every column an encoding refused.
 */
public final class EncodingChoice {

    /** The setting value that lets the search choose. */
    public static final String AUTO = "auto";

    /** Encodings and the refusals met on the way. */
    public record Fitted(Encodings encodings, List<String> refusals) {
    }

    private final Components components;

    public EncodingChoice(Components components) {
        this.components = components;
    }

    /**
     * Every column of each side in the named encoding.
     *
     * @throws UserException naming the column and the reason when the encoding cannot carry a column, or
     *                       when it does not serve that side
     */
    public Encodings named(String inputEncoding, String outputEncoding, List<ColumnValues> inputs, List<ColumnValues> outputs) {
        Encoding in = encoding(inputEncoding, Encoding.Side.INPUT);
        Encoding out = encoding(outputEncoding, Encoding.Side.OUTPUT);
        List<InputCode> inputCodes = new ArrayList<>();
        for (ColumnValues column : inputs) {
            inputCodes.add(orRefuse(in.input(column), in, column));
        }
        List<OutputCode> outputCodes = new ArrayList<>();
        for (ColumnValues column : outputs) {
            outputCodes.add(orRefuse(out.output(column), out, column));
        }
        return new Encodings(inputCodes, outputCodes);
    }

    /** The symbolic setup: one-hot and categorical where they take a column of three values or more. */
    public Fitted symbolic(List<ColumnValues> inputs, List<ColumnValues> outputs) {
        Encoding oneHot = components.get(Encoding.class, OneHotEncoding.ID);
        Encoding categorical = components.get(Encoding.class, CategoricalEncoding.ID);
        List<String> refusals = new ArrayList<>();
        List<InputCode> inputCodes = new ArrayList<>();
        for (ColumnValues column : inputs) {
            Outcome<InputCode> code = column.size() >= 3 ? oneHot.input(column) : Outcome.none("");
            inputCodes.add(code.toOptional().orElse(new InputCode.Scalar()));
            note(code, oneHot, refusals);
        }
        List<OutputCode> outputCodes = new ArrayList<>();
        for (ColumnValues column : outputs) {
            Outcome<OutputCode> code = column.size() >= 3 ? categorical.output(column) : Outcome.none("");
            outputCodes.add(code.toOptional().orElse(new OutputCode.Scalar()));
            note(code, categorical, refusals);
        }
        return new Fitted(new Encodings(inputCodes, outputCodes), refusals);
    }

    /**
     * One-hot on every input column and categorical on every output column, two-valued ones included,
     * or empty when either encoding refuses a column.
     */
    public Optional<Encodings> allSymbols(List<ColumnValues> inputs, List<ColumnValues> outputs) {
        Encoding oneHot = components.get(Encoding.class, OneHotEncoding.ID);
        Encoding categorical = components.get(Encoding.class, CategoricalEncoding.ID);
        List<InputCode> inputCodes = new ArrayList<>();
        for (ColumnValues column : inputs) {
            Optional<InputCode> code = oneHot.input(column).toOptional();
            if (code.isEmpty()) {
                return Optional.empty();
            }
            inputCodes.add(code.get());
        }
        List<OutputCode> outputCodes = new ArrayList<>();
        for (ColumnValues column : outputs) {
            Optional<OutputCode> code = categorical.output(column).toOptional();
            if (code.isEmpty()) {
                return Optional.empty();
            }
            outputCodes.add(code.get());
        }
        return Optional.of(new Encodings(inputCodes, outputCodes));
    }

    private static void note(Outcome<?> code, Encoding encoding, List<String> refusals) {
        if (code instanceof Outcome.None<?> none && !none.reason().isEmpty()) {
            refusals.add(encoding.id() + ": " + none.reason());
        }
    }

    /**
     * Checks that the named encodings exist and serve their sides, before any data is made; {@link #AUTO} passes.
     *
     * @throws UserException saying which does not
     */
    public void checkNames(String inputEncoding, String outputEncoding) {
        if (!inputEncoding.equals(AUTO)) {
            encoding(inputEncoding, Encoding.Side.INPUT);
        }
        if (!outputEncoding.equals(AUTO)) {
            encoding(outputEncoding, Encoding.Side.OUTPUT);
        }
    }

    private Encoding encoding(String id, Encoding.Side side) {
        Encoding encoding = components.get(Encoding.class, id);
        if (!encoding.sides().contains(side)) {
            throw new UserException("encoding '" + id + "' does not encode " + (side == Encoding.Side.INPUT ? "inputs" : "outputs")
                    + "; it serves " + encoding.sides().stream().map(s -> s.name().toLowerCase(java.util.Locale.ROOT) + "s").sorted().toList());
        }
        return encoding;
    }

    private static <T> T orRefuse(Outcome<T> code, Encoding encoding, ColumnValues column) {
        if (code instanceof Outcome.None<T> none) {
            throw new UserException("encoding '" + encoding.id() + "' cannot carry " + column.column() + ": " + none.reason());
        }
        return code.toOptional().orElseThrow();
    }
}
