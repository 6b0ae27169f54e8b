package org.mips.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mips.spi.emit.CodeEmitter;
import org.mips.spi.emit.EmittedCode;
import org.mips.spi.emit.RunResult;
import org.mips.spi.program.Interpreter;
import org.mips.spi.program.Program;

/** Guards the guard: the emitter contract passes a sound emitter and fails broken ones. */
class EmitterContractTest {

    /** What a broken emitter gets wrong. */
    enum Flaw { NONE, WRONG_OUTPUT, NONDETERMINISTIC, WRONG_EXTENSION, NO_TOOLCHAIN }

    /**
     * An emitter whose "code" is the program's own text and whose "toolchain" is the SPI's interpreter
     * running the program that text was emitted from; with one flaw at a time.
     */
    static final class InterpretingEmitter implements CodeEmitter {

        private final Flaw flaw;
        private final Map<String, Program> emitted = new HashMap<>();

        InterpretingEmitter(Flaw flaw) {
            this.flaw = flaw;
        }

        @Override
        public String id() {
            return "toy";
        }

        @Override
        public String description() {
            return "the program's text, run by the interpreter";
        }

        @Override
        public String fileExtension() {
            return "toy";
        }

        @Override
        public synchronized EmittedCode emit(Program program) {
            String source = program + (flaw == Flaw.NONDETERMINISTIC ? " #" + System.nanoTime() : "");
            emitted.put(source, program);
            return new EmittedCode(id(), program.name() + (flaw == Flaw.WRONG_EXTENSION ? ".txt" : ".toy"), "main", source);
        }

        @Override
        public synchronized RunResult run(EmittedCode code, Program program, List<long[][]> inputs) {
            if (flaw == Flaw.NO_TOOLCHAIN) {
                return new RunResult.Unavailable("no toy toolchain");
            }
            Program source = emitted.get(code.source());
            if (source == null) {
                return new RunResult.Failed("code this emitter did not emit");
            }
            Interpreter interpreter = Interpreter.of(source);
            return new RunResult.Ran(inputs.stream().map(x -> {
                long[][] y = interpreter.run(x);
                if (flaw == Flaw.WRONG_OUTPUT) {
                    for (long[] step : y) {
                        step[0]++;
                    }
                }
                return y;
            }).toList());
        }
    }

    /** The contract over an interpreting emitter with one flaw; JUnit runs each subclass through {@link ContractRun}. */
    abstract static class Contract extends AbstractEmitterContractTest {
        private final InterpretingEmitter emitter;

        Contract(Flaw flaw) {
            emitter = new InterpretingEmitter(flaw);
        }

        @Override
        protected CodeEmitter emitter() {
            return emitter;
        }
    }

    static final class Sound extends Contract {
        Sound() {
            super(Flaw.NONE);
        }
    }

    static final class WrongOutput extends Contract {
        WrongOutput() {
            super(Flaw.WRONG_OUTPUT);
        }
    }

    static final class Nondeterministic extends Contract {
        Nondeterministic() {
            super(Flaw.NONDETERMINISTIC);
        }
    }

    static final class WrongExtension extends Contract {
        WrongExtension() {
            super(Flaw.WRONG_EXTENSION);
        }
    }

    static final class NoToolchain extends Contract {
        NoToolchain() {
            super(Flaw.NO_TOOLCHAIN);
        }
    }

    @Test
    void aSoundEmitterPasses() {
        ContractRun run = ContractRun.of(Sound.class);
        assertEquals(Set.of(), run.failedMethods(), run::toString);
        assertEquals(ContractPrograms.all().size(), run.passes("emittedCodeComputesWhatTheInterpreterComputes"), run::toString);
    }

    @Test
    void codeThatComputesSomethingElseFails() {
        ContractRun run = ContractRun.of(WrongOutput.class);
        assertEquals(Set.of("emittedCodeComputesWhatTheInterpreterComputes", "checkPasses",
                "floorDivisionAndModuloRoundTowardNegativeInfinityAndAreTotal", "programsAtTheNestingLimitPassTheirCheck"),
                run.failedMethods(), run::toString);
    }

    @Test
    void anEmitterThatWritesOtherCodeEachTimeFails() {
        ContractRun run = ContractRun.of(Nondeterministic.class);
        assertEquals(Set.of("emittingIsDeterministicAndNamesTheFile"), run.failedMethods(), run::toString);
    }

    @Test
    void aFileNameWithAnotherExtensionFails() {
        ContractRun run = ContractRun.of(WrongExtension.class);
        assertEquals(Set.of("emittingIsDeterministicAndNamesTheFile"), run.failedMethods(), run::toString);
    }

    @Test
    void aMissingToolchainFailsRatherThanSkips() {
        ContractRun run = ContractRun.of(NoToolchain.class);
        assertEquals(Set.of("emittedCodeComputesWhatTheInterpreterComputes", "checkPasses",
                "floorDivisionAndModuloRoundTowardNegativeInfinityAndAreTotal", "comparisonDetectsADifferentProgram",
                "programsAtTheNestingLimitPassTheirCheck"),
                run.failedMethods(), run::toString);
    }
}
