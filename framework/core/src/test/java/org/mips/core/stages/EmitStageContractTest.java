package org.mips.core.stages;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.mips.core.config.Configuration;
import org.mips.core.testing.FakeComponents;
import org.mips.testkit.ParityTask;
import org.mips.spi.emit.CodeEmitter;
import org.mips.spi.emit.EmittedCode;
import org.mips.spi.emit.RunResult;
import org.mips.spi.pipeline.Stage;
import org.mips.spi.program.Interpreter;
import org.mips.spi.program.Program;
import org.mips.testkit.AbstractStageContractTest;
import org.mips.testkit.StageFixture;

/**
 * The emit stage against the stage contract, with an emitter whose "code" runs through the interpreter
 * (so its check passes) and one whose code answers 0 everywhere (so its check fails).
 */
class EmitStageContractTest extends AbstractStageContractTest {

    @Override
    protected Stage stage() {
        return new EmitStage();
    }

    /** Emits the program's name as text; running it runs the interpreter, or answers zeros when {@code broken}. */
    private record TextEmitter(boolean broken) implements CodeEmitter {

        @Override
        public String id() {
            return "text";
        }

        @Override
        public String description() {
            return "the program's name as text";
        }

        @Override
        public String fileExtension() {
            return "txt";
        }

        @Override
        public EmittedCode emit(Program program) {
            return new EmittedCode(id(), program.name() + ".txt", program.name(), program.name() + "\n");
        }

        @Override
        public RunResult run(EmittedCode code, Program program, List<long[][]> inputs) {
            List<long[][]> outputs = new ArrayList<>();
            for (long[][] input : inputs) {
                outputs.add(broken ? new long[input.length][program.outputs().size()] : Interpreter.of(program).run(input));
            }
            return new RunResult.Ran(outputs);
        }
    }

    private static StageFixture with(TextEmitter emitter) {
        ParityTask task = new ParityTask();
        Configuration configuration = Configuration.defaults().with("emit.languages", "text", "test");
        return new StageFixture(task, task.dataset(42), configuration, FakeComponents.of(emitter),
                List.of(StageFixture.artifact(RunArtifacts.PROGRAM, ParityArtifacts.program("p ^ x"))));
    }

    @Override
    protected StageFixture fixture() {
        return with(new TextEmitter(false));
    }

    /** Code whose outputs differ from the program's fails its check, and so the stage. */
    @Override
    protected Optional<StageFixture> failingFixture() {
        return Optional.of(with(new TextEmitter(true)));
    }
}
