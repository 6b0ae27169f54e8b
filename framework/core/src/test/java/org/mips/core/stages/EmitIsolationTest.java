package org.mips.core.stages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.mips.core.config.Configuration;
import org.mips.core.emit.EmitRecord;
import org.mips.core.store.RunStore;
import org.mips.core.testing.PipelineTestKit;
import org.mips.spi.emit.CodeEmitter;
import org.mips.spi.emit.EmittedCode;
import org.mips.spi.emit.RunResult;
import org.mips.spi.pipeline.StageOutcome;
import org.mips.spi.program.Program;
import org.mips.testkit.ParityTask;

/** One emitter that throws or hangs fails its own language; the others still write and check their code. */
class EmitIsolationTest {

    /** Throws when asked for code. */
    private record Throws() implements CodeEmitter {
        @Override
        public String id() {
            return "throws";
        }

        @Override
        public String description() {
            return "always throws";
        }

        @Override
        public String fileExtension() {
            return "x";
        }

        @Override
        public EmittedCode emit(Program program) {
            throw new IllegalStateException("no code today");
        }

        @Override
        public RunResult run(EmittedCode code, Program program, List<long[][]> inputs) {
            throw new AssertionError("never reached");
        }
    }

    /** Writes code, then never finishes its check, interrupted or not. */
    private record Hangs() implements CodeEmitter {
        @Override
        public String id() {
            return "hangs";
        }

        @Override
        public String description() {
            return "its check never ends";
        }

        @Override
        public String fileExtension() {
            return "h";
        }

        @Override
        public EmittedCode emit(Program program) {
            return new EmittedCode(id(), program.name() + ".h", program.name(), "hang\n");
        }

        @Override
        public RunResult run(EmittedCode code, Program program, List<long[][]> inputs) {
            CountDownLatch never = new CountDownLatch(1);
            while (true) {
                try {
                    never.await();
                } catch (InterruptedException ignored) {
                    // hangs on regardless
                }
            }
        }
    }

    @Test
    @Timeout(60)
    void aThrowingAndAHangingEmitterFailOnlyTheirOwnLanguages(@TempDir Path dir) throws Exception {
        Program program = ParityArtifacts.program("p ^ x");
        RunStore.at(dir).write(RunArtifacts.PROGRAM, program);
        Configuration configuration = Configuration.defaults().with("emit.languages", "one,throws,hangs,two", "test")
                .with("emit.timeout", "2s", "test");

        PipelineTestKit.Events events = PipelineTestKit.of(new EmitStage())
                .with(new TextEmitter("one"), new Throws(), new Hangs(), new TextEmitter("two")).configuration(configuration)
                .run(new ParityTask(), dir);

        StageOutcome outcome = events.outcome("emit");
        assertTrue(outcome instanceof StageOutcome.Failed, events::toString);
        String reason = ((StageOutcome.Failed) outcome).reason();
        assertTrue(reason.contains("throws: the throws emitter failed: IllegalStateException: no code today"), reason);
        assertTrue(reason.contains("hangs: the hangs emitter's check ran past its time limit of 2s"), reason);
        EmitRecord emit = RunStore.at(dir).read(RunArtifacts.EMIT);
        assertEquals(List.of("one", "throws", "hangs", "two"), emit.files().stream().map(EmitRecord.EmittedFile::language).toList());
        assertEquals(List.of(EmitRecord.Check.PASSED, EmitRecord.Check.ERROR, EmitRecord.Check.ERROR, EmitRecord.Check.PASSED),
                emit.files().stream().map(EmitRecord.EmittedFile::check).toList());
        assertEquals("", emit.files().get(1).file());
        assertTrue(Files.isRegularFile(dir.resolve(program.name() + ".one")));
        assertTrue(Files.isRegularFile(dir.resolve(program.name() + ".h")), "the code written before the check hung is kept");
        assertTrue(Files.isRegularFile(dir.resolve(program.name() + ".two")));
    }
}
