package org.mips.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.mips.spi.program.Expr;
import org.mips.spi.program.ExprSyntax;
import org.mips.spi.program.Input;
import org.mips.spi.program.Output;
import org.mips.spi.program.Program;
import org.mips.spi.program.StateVariable;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.SequenceBatch;
import org.mips.spi.task.Split;
import org.mips.spi.task.Task;
import org.mips.spi.task.TaskSuite;

/** Guards the guard: the task suite contract passes a sound suite and fails broken ones. */
class TaskSuiteContractTest {

    /** What a broken suite gets wrong. */
    enum Flaw { NONE, DUPLICATE_IDS, MALFORMED_ID, NONDETERMINISTIC_GENERATOR, OUTSIDE_THE_ALPHABET, WRONG_SPECIFICATION }

    /** The running parity of one bit, with its specification {@code s := next}; a flaw may spoil it. */
    record ParityTask(String id, Flaw flaw) implements Task {

        @Override
        public List<String> aliases() {
            return List.of(id + "-alias");
        }

        @Override
        public String description() {
            return "the running parity of the input bits";
        }

        @Override
        public int inputDimension() {
            return 1;
        }

        @Override
        public long inputMin() {
            return 0;
        }

        @Override
        public long inputMax() {
            return 1;
        }

        @Override
        public int outputDimension() {
            return 1;
        }

        @Override
        public int sequenceLength() {
            return 10;
        }

        @Override
        public double trainFraction() {
            return 0.8;
        }

        @Override
        public int defaultSteps() {
            return 1000;
        }

        @Override
        public Dataset dataset(long seed) {
            Split all = generate(100, sequenceLength(), seed);
            return new Dataset(id, new Split(all.x().slice(0, 80), all.y().slice(0, 80)), new Split(all.x().slice(80, 100), all.y().slice(80, 100)));
        }

        @Override
        public Optional<Generator> generator() {
            return Optional.of(this::generate);
        }

        @Override
        public Optional<ReferenceFunction> reference() {
            return Optional.of(ParityTask::parity);
        }

        @Override
        public Optional<Program> specification() {
            String next = flaw == Flaw.WRONG_SPECIFICATION ? "s or x" : "s ^ x";
            return Optional.of(new Program(id, List.of(new Input("x", 0, 1)), List.of(new StateVariable("s", 0, ExprSyntax.parse(next))),
                    List.of(new Output("y", Expr.var("s")))));
        }

        private Split generate(int count, int length, long seed) {
            SplittableRandom random = new SplittableRandom(flaw == Flaw.NONDETERMINISTIC_GENERATOR ? seed ^ System.nanoTime() : seed);
            int symbols = flaw == Flaw.OUTSIDE_THE_ALPHABET ? 3 : 2;
            long[] x = new long[count * length];
            long[] y = new long[count * length];
            for (int n = 0; n < count; n++) {
                long[][] sequence = new long[length][1];
                for (int t = 0; t < length; t++) {
                    sequence[t][0] = random.nextInt(symbols);
                    x[n * length + t] = sequence[t][0];
                }
                long[][] out = parity(sequence);
                for (int t = 0; t < length; t++) {
                    y[n * length + t] = out[t][0];
                }
            }
            return new Split(new SequenceBatch(count, length, 1, x), new SequenceBatch(count, length, 1, y));
        }

        private static long[][] parity(long[][] x) {
            long[][] y = new long[x.length][1];
            long s = 0;
            for (int t = 0; t < x.length; t++) {
                s ^= x[t][0];
                y[t][0] = s;
            }
            return y;
        }
    }

    /** Two parity tasks; the flaw spoils the second. */
    record ToySuite(Flaw flaw) implements TaskSuite {

        @Override
        public String id() {
            return "toy";
        }

        @Override
        public String description() {
            return "two parity tasks";
        }

        @Override
        public List<Task> tasks() {
            String second = switch (flaw) {
                case DUPLICATE_IDS -> "parity";
                case MALFORMED_ID -> "Parity two";
                default -> "Parity_Two";
            };
            return List.of(new ParityTask("Parity", Flaw.NONE), new ParityTask(second, flaw));
        }
    }

    /** The contract over a toy suite with one flaw; JUnit runs each subclass through {@link ContractRun}. */
    abstract static class Contract extends AbstractTaskSuiteContractTest {
        private final Flaw flaw;

        Contract(Flaw flaw) {
            this.flaw = flaw;
        }

        @Override
        protected TaskSuite suite() {
            return new ToySuite(flaw);
        }
    }

    static final class Sound extends Contract {
        Sound() {
            super(Flaw.NONE);
        }
    }

    static final class DuplicateIds extends Contract {
        DuplicateIds() {
            super(Flaw.DUPLICATE_IDS);
        }
    }

    static final class MalformedId extends Contract {
        MalformedId() {
            super(Flaw.MALFORMED_ID);
        }
    }

    static final class NondeterministicGenerator extends Contract {
        NondeterministicGenerator() {
            super(Flaw.NONDETERMINISTIC_GENERATOR);
        }
    }

    static final class OutsideTheAlphabet extends Contract {
        OutsideTheAlphabet() {
            super(Flaw.OUTSIDE_THE_ALPHABET);
        }
    }

    static final class WrongSpecification extends Contract {
        WrongSpecification() {
            super(Flaw.WRONG_SPECIFICATION);
        }
    }

    @Test
    void aSoundSuitePasses() {
        ContractRun run = ContractRun.of(Sound.class);
        assertEquals(Set.of(), run.failedMethods(), run::toString);
        assertEquals(2, run.passes("theSpecificationComputesTheGeneratedTargets"), run::toString);
    }

    @Test
    void idsThatDifferOnlyInCaseFail() {
        ContractRun run = ContractRun.of(DuplicateIds.class);
        assertEquals(Set.of("idsAndAliasesAreWellFormedAndUniqueIgnoringCase"), run.failedMethods(), run::toString);
    }

    @Test
    void anIdWithASpaceFails() {
        ContractRun run = ContractRun.of(MalformedId.class);
        assertEquals(Set.of("idsAndAliasesAreWellFormedAndUniqueIgnoringCase"), run.failedMethods(), run::toString);
    }

    @Test
    void aGeneratorThatIgnoresItsSeedFails() {
        ContractRun run = ContractRun.of(NondeterministicGenerator.class);
        assertEquals(Set.of("theStandardDataIsWellFormedAndTheSameForTheSameSeed", "theGeneratorIsTheSameForTheSameSeedAndWellFormed"),
                run.failedMethods(), run::toString);
        assertEquals(1, run.failures("theGeneratorIsTheSameForTheSameSeedAndWellFormed"), run::toString);
    }

    @Test
    void dataOutsideTheDeclaredAlphabetFails() {
        ContractRun run = ContractRun.of(OutsideTheAlphabet.class);
        assertEquals(Set.of("theStandardDataIsWellFormedAndTheSameForTheSameSeed", "theGeneratorIsTheSameForTheSameSeedAndWellFormed",
                "theSpecificationComputesTheGeneratedTargets"), run.failedMethods(), run::toString);
    }

    @Test
    void aSpecificationThatDisagreesWithTheDataFails() {
        ContractRun run = ContractRun.of(WrongSpecification.class);
        assertEquals(Set.of("theSpecificationComputesTheGeneratedTargets"), run.failedMethods(), run::toString);
        assertEquals(1, run.failures("theSpecificationComputesTheGeneratedTargets"), run::toString);
    }
}
