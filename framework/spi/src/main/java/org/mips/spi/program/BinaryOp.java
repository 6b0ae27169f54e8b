package org.mips.spi.program;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Operators of two operands. Semantics are in {@link Arithmetic}: 64-bit integers, Python's floor
 * division and floor modulo, comparisons and logical operators yielding 0 or 1, and logical operators
 * treating any non-zero operand as true.
 */
public enum BinaryOp {
    @JsonProperty("add") ADD(Category.ARITHMETIC),
    @JsonProperty("sub") SUB(Category.ARITHMETIC),
    @JsonProperty("mul") MUL(Category.ARITHMETIC),
    /** Floor division (rounds toward negative infinity); {@code a floordiv 0 = 0}. */
    @JsonProperty("floordiv") FLOOR_DIV(Category.ARITHMETIC),
    /** Floor modulo (result has the sign of the divisor); {@code a floormod 0 = a}. */
    @JsonProperty("floormod") FLOOR_MOD(Category.ARITHMETIC),
    @JsonProperty("min") MIN(Category.ARITHMETIC),
    @JsonProperty("max") MAX(Category.ARITHMETIC),
    @JsonProperty("eq") EQ(Category.COMPARISON),
    @JsonProperty("ne") NE(Category.COMPARISON),
    @JsonProperty("lt") LT(Category.COMPARISON),
    @JsonProperty("le") LE(Category.COMPARISON),
    @JsonProperty("gt") GT(Category.COMPARISON),
    @JsonProperty("ge") GE(Category.COMPARISON),
    @JsonProperty("and") AND(Category.LOGICAL),
    @JsonProperty("or") OR(Category.LOGICAL),
    @JsonProperty("xor") XOR(Category.LOGICAL);

    /** Families of operators that emitters typically print alike. */
    public enum Category { ARITHMETIC, COMPARISON, LOGICAL }

    private final Category category;

    BinaryOp(Category category) {
        this.category = category;
    }

    public Category category() {
        return category;
    }

    /** Whether the result is always 0 or 1. */
    public boolean isBoolean() {
        return category != Category.ARITHMETIC;
    }

    /**
     * The comparison that holds exactly when this one does not ({@code LT} for {@code GE}, {@code NE}
     * for {@code EQ}), so that an emitter can print {@code not (a < b)} as {@code a >= b}.
     *
     * @throws IllegalArgumentException if this is not a comparison
     */
    public BinaryOp negated() {
        return switch (this) {
            case EQ -> NE;
            case NE -> EQ;
            case LT -> GE;
            case LE -> GT;
            case GT -> LE;
            case GE -> LT;
            default -> throw new IllegalArgumentException("not a comparison: " + this);
        };
    }
}
