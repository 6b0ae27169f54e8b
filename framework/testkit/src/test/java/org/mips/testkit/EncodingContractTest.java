package org.mips.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mips.spi.Outcome;
import org.mips.spi.encode.ColumnValues;
import org.mips.spi.encode.Encoding;
import org.mips.spi.encode.InputCode;
import org.mips.spi.encode.OutputCode;

/** Guards the guard: the encoding contract passes a sound encoding and fails broken ones. */
class EncodingContractTest {

    /** What a broken encoding gets wrong. */
    enum Flaw {
        NONE, UPPER_CASE_ID, NO_SIDES, THROWS_ON_NEGATIVES, MULTI_LINE_REASON, NONDETERMINISTIC, ONE_VECTOR_FOR_ALL,
        SIGNED_ZEROS, MISSING_CLASS, ANOTHERS_TABLE, NULL
    }

    /**
     * Inputs as the symbol's index, one input; outputs as classes when bounded and 2 to 64 values; with one flaw at a
     * time.
     */
    static final class IndexEncoding implements Encoding {

        private final Flaw flaw;

        IndexEncoding(Flaw flaw) {
            this.flaw = flaw;
        }

        @Override
        public String id() {
            return flaw == Flaw.UPPER_CASE_ID ? "Index" : "index";
        }

        @Override
        public String description() {
            return "a symbol's index as one input; few bounded outputs as classes";
        }

        @Override
        public Set<Side> sides() {
            return flaw == Flaw.NO_SIDES ? Set.of() : Set.of(Side.INPUT, Side.OUTPUT);
        }

        private String reason(String text) {
            return switch (flaw) {
                case MULTI_LINE_REASON -> text + "\nsee the manual";
                case NONDETERMINISTIC -> text + " (" + System.nanoTime() + ")";
                default -> text;
            };
        }

        private void check(ColumnValues column) {
            if (flaw == Flaw.THROWS_ON_NEGATIVES && !column.values().isEmpty() && column.values().get(0) < 0) {
                throw new IllegalArgumentException("negative values");
            }
        }

        @Override
        public Outcome<InputCode> input(ColumnValues column) {
            check(column);
            if (flaw == Flaw.NULL) {
                return null;
            }
            if (column.size() == 0) {
                return Outcome.none(reason(column.column() + " has no values"));
            }
            List<List<Double>> vectors = new ArrayList<>();
            for (int i = 0; i < column.size(); i++) {
                double x = switch (flaw) {
                    case ONE_VECTOR_FOR_ALL -> 1;
                    case SIGNED_ZEROS -> i == 0 ? -0.0 : i == 1 ? 0.0 : i;
                    default -> i;
                };
                vectors.add(List.of(x));
            }
            return Outcome.found(new InputCode.Symbols(flaw == Flaw.ANOTHERS_TABLE ? "one-hot" : id(), column.values(), vectors));
        }

        @Override
        public Outcome<OutputCode> output(ColumnValues column) {
            check(column);
            if (flaw == Flaw.NULL) {
                return null;
            }
            if (!column.bounded() || column.size() < 2 || column.size() > 64) {
                return Outcome.none(reason(column.column() + " is not a small fixed set of values"));
            }
            List<Long> values = flaw == Flaw.MISSING_CLASS && column.size() > 2 ? column.values().subList(1, column.size()) : column.values();
            return Outcome.found(new OutputCode.Categorical(values));
        }
    }

    /** The contract over an index encoding with one flaw; JUnit runs each subclass through {@link ContractRun}. */
    abstract static class Contract extends AbstractEncodingContractTest {
        private final Flaw flaw;

        Contract(Flaw flaw) {
            this.flaw = flaw;
        }

        @Override
        protected Encoding encoding() {
            return new IndexEncoding(flaw);
        }
    }

    static final class Sound extends Contract {
        Sound() {
            super(Flaw.NONE);
        }
    }

    static final class UpperCaseId extends Contract {
        UpperCaseId() {
            super(Flaw.UPPER_CASE_ID);
        }
    }

    static final class NoSides extends Contract {
        NoSides() {
            super(Flaw.NO_SIDES);
        }
    }

    static final class ThrowsOnNegatives extends Contract {
        ThrowsOnNegatives() {
            super(Flaw.THROWS_ON_NEGATIVES);
        }
    }

    static final class MultiLineReason extends Contract {
        MultiLineReason() {
            super(Flaw.MULTI_LINE_REASON);
        }
    }

    static final class Nondeterministic extends Contract {
        Nondeterministic() {
            super(Flaw.NONDETERMINISTIC);
        }
    }

    static final class OneVectorForAll extends Contract {
        OneVectorForAll() {
            super(Flaw.ONE_VECTOR_FOR_ALL);
        }
    }

    static final class SignedZeros extends Contract {
        SignedZeros() {
            super(Flaw.SIGNED_ZEROS);
        }
    }

    static final class MissingClass extends Contract {
        MissingClass() {
            super(Flaw.MISSING_CLASS);
        }
    }

    static final class AnothersTable extends Contract {
        AnothersTable() {
            super(Flaw.ANOTHERS_TABLE);
        }
    }

    static final class ReturnsNull extends Contract {
        ReturnsNull() {
            super(Flaw.NULL);
        }
    }

    private static final int COLUMNS = ContractColumns.all().size();
    /** Columns with a negative value: negative values, signs, 64-bit edges. */
    private static final int NEGATIVE_COLUMNS = 3;

    @Test
    void aSoundEncodingPasses() {
        ContractRun run = ContractRun.of(Sound.class);
        assertEquals(Set.of(), run.failedMethods(), run::toString);
        assertEquals(2 * COLUMNS, run.passes("answersEveryColumnWithACodeOrAOneLineReason"), run::toString);
        assertEquals(1, run.passes("servesAtLeastOneSide"), run::toString);
    }

    @Test
    void anUpperCaseIdFails() {
        ContractRun run = ContractRun.of(UpperCaseId.class);
        assertEquals(Set.of("idIsNonBlankLowerCase"), run.failedMethods(), run::toString);
    }

    @Test
    void anEncodingOfNoSideFails() {
        ContractRun run = ContractRun.of(NoSides.class);
        assertEquals(Set.of("servesAtLeastOneSide"), run.failedMethods(), run::toString);
    }

    @Test
    void anEncodingThatThrowsInsteadOfRefusingFails() {
        ContractRun run = ContractRun.of(ThrowsOnNegatives.class);
        assertTrue(run.failedMethods().contains("answersEveryColumnWithACodeOrAOneLineReason"), run::toString);
        assertEquals(2 * NEGATIVE_COLUMNS, run.failures("answersEveryColumnWithACodeOrAOneLineReason"), run::toString);
    }

    @Test
    void aReasonOfSeveralLinesFails() {
        ContractRun run = ContractRun.of(MultiLineReason.class);
        assertEquals(Set.of("answersEveryColumnWithACodeOrAOneLineReason"), run.failedMethods(), run::toString);
    }

    @Test
    void answersThatChangeFromFitToFitFail() {
        ContractRun run = ContractRun.of(Nondeterministic.class);
        assertEquals(Set.of("equalColumnsGetEqualAnswers"), run.failedMethods(), run::toString);
    }

    @Test
    void symbolsTheNetworkCannotTellApartFail() {
        ContractRun run = ContractRun.of(OneVectorForAll.class);
        assertEquals(Set.of("inputCodesCodeEveryValueAndTellSymbolsApart"), run.failedMethods(), run::toString);
        ContractRun zeros = ContractRun.of(SignedZeros.class);
        assertEquals(Set.of("inputCodesCodeEveryValueAndTellSymbolsApart"), zeros.failedMethods(), zeros::toString);
    }

    @Test
    void aValueThatIsNoClassFails() {
        ContractRun run = ContractRun.of(MissingClass.class);
        assertEquals(Set.of("outputCodesReadBackEveryValue"), run.failedMethods(), run::toString);
    }

    @Test
    void aTableNamedForAnotherEncodingFails() {
        ContractRun run = ContractRun.of(AnothersTable.class);
        assertEquals(Set.of("inputCodesCodeEveryValueAndTellSymbolsApart"), run.failedMethods(), run::toString);
    }

    @Test
    void noAnswerAtAllFails() {
        ContractRun run = ContractRun.of(ReturnsNull.class);
        assertEquals(2 * COLUMNS, run.failures("answersEveryColumnWithACodeOrAOneLineReason"), run::toString);
    }
}
