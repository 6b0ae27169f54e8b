package org.mips.core.engine;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mips.spi.engine.EngineContext;
import org.mips.spi.engine.EngineException;
import org.mips.spi.engine.ExecutionEngine;
import org.mips.testkit.AbstractExecutionEngineContractTest;

class LocalEngineContractTest extends AbstractExecutionEngineContractTest {

    @Override
    protected ExecutionEngine engine() {
        return new LocalEngine();
    }

    @Test
    void aMasterIsForAClusterEngine() {
        EngineException e = assertThrows(EngineException.class,
                () -> new LocalEngine().start(new EngineContext(Optional.of("local[2]"), 2, installation(), line -> { })));
        assertTrue(e.getMessage().contains("--engine spark"), e.getMessage());
    }

    @Test
    void atLeastOneJobAtATime() {
        assertThrows(EngineException.class, () -> new LocalEngine().start(new EngineContext(Optional.empty(), 0, installation(), line -> { })));
    }
}
