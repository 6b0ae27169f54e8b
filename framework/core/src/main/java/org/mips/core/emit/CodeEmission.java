package org.mips.core.emit;

import java.util.Optional;
import org.mips.spi.emit.CheckResult;
import org.mips.spi.emit.CodeEmitter;
import org.mips.spi.emit.EmittedCode;
import org.mips.spi.program.Overflow;
import org.mips.spi.program.Program;

/**
 * One emitter's code for a program, and optionally its check (the code run, or proven, against the
 * interpreter): the work of the emit stage and of {@code mips emit}.
 *
 * @param code  the emitted code
 * @param check the check's verdict, or null when it was not run
 */
public record CodeEmission(EmittedCode code, CheckResult check) {

    /**
     * The emitter's code for {@code program}, checked if {@code check}. A program that overflows on the
     * check inputs fails the check whatever the emitter's own check would say: no language's check may
     * pass it by leaving those inputs out.
     */
    public static CodeEmission of(CodeEmitter emitter, Program program, boolean check) {
        EmittedCode code = emitter.emit(program);
        if (!check) {
            return new CodeEmission(code, null);
        }
        Optional<Overflow> overflow = overflow(program);
        return new CodeEmission(code, overflow.isPresent() ? CheckResult.failed(overflow.get().describe()) : emitter.check(program, code));
    }

    /** Where {@code program} overflows 64-bit integers on the inputs every check runs, if it does. */
    public static Optional<Overflow> overflow(Program program) {
        return Overflow.find(program, "check", CodeEmitter.checkInputs(program));
    }

    /** What the check found. */
    public EmitRecord.Check status() {
        if (check == null) {
            return EmitRecord.Check.NOT_RUN;
        }
        return switch (check.status()) {
            case PASSED -> EmitRecord.Check.PASSED;
            case FAILED -> EmitRecord.Check.FAILED;
            case NOT_AVAILABLE -> EmitRecord.Check.NOT_AVAILABLE;
        };
    }

    /** What the check did or found; empty when it did not run. */
    public String detail() {
        return check == null ? "" : check.detail();
    }

    public boolean failed() {
        return check != null && check.status() == CheckResult.Status.FAILED;
    }

    /** This emission as a line of {@code emit.json}. */
    public EmitRecord.EmittedFile record(String language) {
        return new EmitRecord.EmittedFile(language, code.fileName(), status(), detail());
    }
}
