package org.mips.engine.spark;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mips.spi.engine.EngineContext;
import org.mips.spi.engine.EngineException;
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
}
