package org.mips.core.stages;

import java.util.ArrayList;
import java.util.List;
import org.mips.spi.emit.CodeEmitter;
import org.mips.spi.emit.EmittedCode;
import org.mips.spi.emit.RunResult;
import org.mips.spi.program.Interpreter;
import org.mips.spi.program.Program;

/**
 * An emitter for stage tests: its "code" is the program's name in {@code <name>.<id>}, and running it runs
 * the interpreter, so its check passes; when {@code broken} it answers zeros everywhere, so its check fails.
 */
record TextEmitter(String id, boolean broken) implements CodeEmitter {

    TextEmitter(String id) {
        this(id, false);
    }

    @Override
    public String description() {
        return "the program's name as text";
    }

    @Override
    public String fileExtension() {
        return id;
    }

    @Override
    public EmittedCode emit(Program program) {
        return new EmittedCode(id, program.name() + "." + id, program.name(), program.name() + "\n");
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
