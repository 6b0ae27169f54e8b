package org.mips.emitters.python;

import org.mips.spi.emit.CodeEmitter;
import org.mips.testkit.AbstractEmitterContractTest;

class PythonEmitterContractTest extends AbstractEmitterContractTest {

    @Override
    protected CodeEmitter emitter() {
        return new PythonEmitter();
    }
}
