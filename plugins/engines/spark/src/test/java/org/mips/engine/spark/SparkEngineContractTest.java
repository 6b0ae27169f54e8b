package org.mips.engine.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mips.spi.engine.EngineContext;
import org.mips.spi.engine.EngineException;
import org.mips.spi.engine.EngineSession;
import org.mips.spi.engine.Job;
import org.mips.spi.engine.JobEnd;
import org.mips.spi.engine.JobListener;
import org.mips.spi.engine.ExecutionEngine;
import org.mips.testkit.AbstractExecutionEngineContractTest;

/** The engine contract on {@code local[2]}: jobs travel to the executor (here, in this JVM) and back as on a cluster. */
class SparkEngineContractTest extends AbstractExecutionEngineContractTest {

    @Override
    protected ExecutionEngine engine() {
        return new SparkEngine();
    }

    @Override
    protected Optional<String> master() {
        return Optional.of("local[2]");
    }

    @Test
    void withoutAMasterItSaysWhereToGetOne() {
        EngineException e = assertThrows(EngineException.class,
                () -> new SparkEngine().start(new EngineContext(Optional.empty(), 1, installation(), line -> { })));
        assertTrue(e.getMessage().contains("--master"), e.getMessage());
    }

    @Test
    void aJobsLinesArriveWhileItRunsNotWithItsEnd() throws Exception {
        Path dir = Files.createDirectories(directory.resolve("sleeper"));
        Job sleeper = new Job("sleeper", dir, List.of("sleep", "sleeper", "4"), List.of(), "job.log");
        List<String> heard = new CopyOnWriteArrayList<>();
        long[] at = new long[2];
        try (EngineSession session = engine().start(new EngineContext(master(), 1, installation(), line -> { }))) {
            session.run(List.of(sleeper), new JobListener() {
                @Override
                public void printed(Job job, String line) {
                    heard.add(line);
                    at[0] = System.nanoTime();
                }

                @Override
                public void ended(Job job, JobEnd end) {
                    at[1] = System.nanoTime();
                }
            });
        }
        assertEquals(List.of("started sleeper"), heard, "each line once");
        assertTrue(at[1] - at[0] > TimeUnit.SECONDS.toNanos(2), "the line came with the job's end, not as it was printed");
    }
}
