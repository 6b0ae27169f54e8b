package org.mips.emitters.java;

import java.util.List;
import org.mips.spi.emit.CodeEmitter;
import org.mips.spi.emit.EmittedCode;
import org.mips.spi.emit.RunResult;
import org.mips.spi.program.Program;
import org.pf4j.Extension;

/**
 * Writes a program as one Java class: a static {@code apply} from input arrays to outputs per step, plus
 * a {@code main} that reads sequences from stdin, so the class runs on its own.
 *
 * <p>Arithmetic uses Java's plain {@code +}, {@code -}, {@code *}, not {@code Math.addExact} and
 * friends. The IR defines overflow as having no result, so emitted code only has to agree where no step
 * overflows, and there plain 64-bit arithmetic is exact; the {@code *Exact} calls would only make every
 * formula harder to read. The same holds for {@code Math.abs} and unary minus.
 */
@Extension
public final class JavaEmitter implements CodeEmitter {

    public JavaEmitter() {
    }

    @Override
    public String id() {
        return "java";
    }

    @Override
    public String description() {
        return "Java class with a static apply over the input arrays; checked by compiling and running it";
    }

    @Override
    public String fileExtension() {
        return "java";
    }

    @Override
    public EmittedCode emit(Program program) {
        JavaClassWriter writer = new JavaClassWriter(program);
        String source = writer.write();
        return new EmittedCode(id(), writer.className() + "." + fileExtension(), writer.className(), source);
    }

    @Override
    public RunResult run(EmittedCode code, Program program, List<long[][]> inputs) {
        return new JavaRunner(JavaRunner.TIMEOUT).run(code, program, inputs);
    }
}
