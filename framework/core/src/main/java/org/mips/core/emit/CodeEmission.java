package org.mips.core.emit;

import org.mips.spi.emit.CheckResult;
import org.mips.spi.emit.CodeEmitter;
import org.mips.spi.emit.EmittedCode;
import org.mips.spi.program.Program;

/**
 * One emitter's code for a program, and optionally its check (the code run, or proven, against the
 * interpreter): the work of the emit stage and of {@code mips emit}.
 *
 * @param code  the emitted code
 * @param check the check's verdict, or null when it was not run
 */
public record CodeEmission(EmittedCode code, CheckResult check) {

    public static CodeEmission of(CodeEmitter emitter, Program program, boolean check) {
        EmittedCode code = emitter.emit(program);
        return new CodeEmission(code, check ? emitter.check(program, code) : null);
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
