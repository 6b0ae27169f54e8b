package org.mips.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mips.spi.task.Task;
import org.mips.spi.task.TaskSuite;

/** Guards the guard: the task suite contract passes a sound suite and fails broken ones. */
class TaskSuiteContractTest {

    /** What a broken suite gets wrong. */
    enum Flaw { NONE, DUPLICATE_IDS, MALFORMED_ID, NONDETERMINISTIC_GENERATOR, OUTSIDE_THE_ALPHABET, WRONG_SPECIFICATION }

    /** The running parity of one bit; a flaw may spoil it. */
    static final class FlawedParity extends ParityTask {
        private final Flaw flaw;

        FlawedParity(String id, Flaw flaw) {
            super(id);
            this.flaw = flaw;
        }

        @Override
        public List<String> aliases() {
            return List.of(id() + "-alias");
        }

        @Override
        protected String nextState() {
            return flaw == Flaw.WRONG_SPECIFICATION ? "s or x" : super.nextState();
        }

        @Override
        protected int symbols() {
            return flaw == Flaw.OUTSIDE_THE_ALPHABET ? 3 : super.symbols();
        }

        @Override
        protected long generatorSeed(long seed) {
            return flaw == Flaw.NONDETERMINISTIC_GENERATOR ? seed ^ System.nanoTime() : seed;
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
            return List.of(new FlawedParity("Parity", Flaw.NONE), new FlawedParity(second, flaw));
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
