package org.mips.emitters.dafny;

import java.util.List;
import org.mips.spi.emit.CodeEmitter;
import org.mips.spi.emit.EmittedCode;
import org.mips.spi.emit.RunResult;
import org.mips.spi.program.Program;
import org.pf4j.Extension;

/**
 * Writes a program as a Dafny method from the input sequences to the output sequences, with a contract
 * (the inputs' ranges, one output per step) that Dafny verifies together with the safety of every
 * division and index. Dafny's integers are unbounded, so the method agrees with the IR wherever the IR
 * is defined (no 64-bit overflow). The file has no {@code Main}: {@link #run} adds one to run it.
 */
@Extension
public final class DafnyEmitter implements CodeEmitter {

    public DafnyEmitter() {
    }

    @Override
    public String id() {
        return "dafny";
    }

    @Override
    public String description() {
        return "Dafny method over the input sequences with a verified contract; checked by running it with dafny";
    }

    @Override
    public String fileExtension() {
        return "dfy";
    }

    @Override
    public EmittedCode emit(Program program) {
        DafnyMethodWriter writer = new DafnyMethodWriter(program);
        String source = writer.write();
        return new EmittedCode(id(), writer.method() + "." + fileExtension(), writer.method(), source);
    }

    @Override
    public RunResult run(EmittedCode code, Program program, List<long[][]> inputs) {
        return new DafnyRunner(System.getenv("PATH"), DafnyRunner.TIMEOUT).run(code, program, inputs);
    }
}
