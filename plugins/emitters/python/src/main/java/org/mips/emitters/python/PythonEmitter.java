package org.mips.emitters.python;

import java.util.List;
import org.mips.spi.emit.CodeEmitter;
import org.mips.spi.emit.EmittedCode;
import org.mips.spi.emit.RunResult;
import org.mips.spi.program.Program;
import org.pf4j.Extension;

/**
 * Writes a program as a Python 3 module: one function from input lists to the list of outputs, plus a
 * {@code main} that reads sequences from stdin, so the file runs on its own. Python's integers are
 * unbounded, so the code agrees with the IR wherever the IR is defined (no 64-bit overflow).
 */
@Extension
public final class PythonEmitter implements CodeEmitter {

    public PythonEmitter() {
    }

    @Override
    public String id() {
        return "python";
    }

    @Override
    public String description() {
        return "Python 3 module with one function over the input sequences; checked by running python3";
    }

    @Override
    public String fileExtension() {
        return "py";
    }

    @Override
    public EmittedCode emit(Program program) {
        PythonModuleWriter writer = new PythonModuleWriter(program);
        String source = writer.write();
        return new EmittedCode(id(), writer.function() + "." + fileExtension(), writer.function(), source);
    }

    @Override
    public RunResult run(EmittedCode code, Program program, List<long[][]> inputs) {
        return new PythonRunner(System.getenv("PATH"), PythonRunner.TIMEOUT).run(code, program, inputs);
    }
}
