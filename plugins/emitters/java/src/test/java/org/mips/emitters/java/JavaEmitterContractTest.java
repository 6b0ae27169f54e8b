package org.mips.emitters.java;

import org.mips.spi.emit.CodeEmitter;
import org.mips.testkit.AbstractEmitterContractTest;

class JavaEmitterContractTest extends AbstractEmitterContractTest {

    @Override
    protected CodeEmitter emitter() {
        return new JavaEmitter();
    }
}
