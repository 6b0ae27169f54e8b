package org.mips.emitters.dafny;

import org.mips.spi.emit.CodeEmitter;
import org.mips.testkit.AbstractEmitterContractTest;

class DafnyEmitterContractTest extends AbstractEmitterContractTest {

    @Override
    protected CodeEmitter emitter() {
        return new DafnyEmitter();
    }
}
