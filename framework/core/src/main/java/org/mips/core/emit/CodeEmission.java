package org.mips.core.emit;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.mips.core.pipeline.TimeLimited;
import org.mips.core.plugin.Problems;
import org.mips.spi.config.Setting;
import org.mips.spi.emit.CheckResult;
import org.mips.spi.emit.CodeEmitter;
import org.mips.spi.emit.EmittedCode;
import org.mips.spi.program.Overflow;
import org.mips.spi.program.Program;

/**
 * One emitter's code for a program, and optionally its check (the code run, or proven, against the
 * interpreter): the work of the emit stage and of {@code mips emit}. The emitter runs on a thread of its
 * own with a time limit, as detectors and normalizers do, so that one that throws or hangs fails its own
 * language and never the others.
 *
 * @param code    the emitted code, or null when the emitter failed
 * @param check   the check's verdict, or null when it was not run or the emitter failed
 * @param failure why the emitter (or its check) failed, or null
 */
public record CodeEmission(EmittedCode code, CheckResult check, String failure) {

    /** How long one emitter may take to write and check its code. */
    public static final Setting<Duration> TIMEOUT = Setting.duration("emit.timeout", Duration.ofMinutes(5),
            "how long one emitter may take to write and check its code before it is stopped and its language fails");

    /**
     * Runs {@code emitter} on {@code program}, and its check when {@code check}, within {@code limit} in all.
     * What the emitter throws, or its running past the limit, is this emission's failure; the code it wrote
     * before a check failed that way is kept.
     */
    public static CodeEmission of(CodeEmitter emitter, Program program, boolean check, Duration limit) {
        Instant end = Instant.now().plus(limit);
        EmittedCode code;
        try {
            code = TimeLimited.call("mips-emitter-" + emitter.id(), () -> emitter.emit(program), limit,
                    emitter.getClass().getClassLoader(), () -> { });
            if (code == null) {
                return new CodeEmission(null, null, "the " + emitter.id() + " emitter returned no code");
            }
        } catch (TimeoutException | ExecutionException | IllegalStateException e) {
            return new CodeEmission(null, null, "the " + emitter.id() + " emitter " + failure(e, limit));
        }
        if (!check) {
            return new CodeEmission(code, null, null);
        }
        // A program that overflows on the check inputs fails the check whatever the emitter's own check would say:
        // no language's check may pass it by leaving those inputs out.
        Optional<Overflow> overflow = overflow(program);
        if (overflow.isPresent()) {
            return new CodeEmission(code, CheckResult.failed(overflow.get().describe()), null);
        }
        Duration left = Duration.between(Instant.now(), end);
        try {
            CheckResult result = TimeLimited.call("mips-emitter-check-" + emitter.id(), () -> emitter.check(program, code),
                    left.isNegative() ? Duration.ZERO : left, emitter.getClass().getClassLoader(), () -> { });
            return result != null ? new CodeEmission(code, result, null)
                    : new CodeEmission(code, null, "the " + emitter.id() + " emitter's check returned no verdict");
        } catch (TimeoutException | ExecutionException | IllegalStateException e) {
            return new CodeEmission(code, null, "the " + emitter.id() + " emitter's check " + failure(e, limit));
        }
    }

    /** Where {@code program} overflows 64-bit integers on the inputs every check runs, if it does. */
    public static Optional<Overflow> overflow(Program program) {
        return Overflow.find(program, "check", CodeEmitter.checkInputs(program));
    }

    private static String failure(Exception e, Duration limit) {
        if (e instanceof TimeoutException) {
            return "ran past its time limit of " + Setting.formatDuration(limit) + " (emit.timeout) and was stopped";
        }
        if (e instanceof ExecutionException && e.getCause() != null) {
            return "failed: " + Problems.describe(e.getCause());
        }
        return "was interrupted";
    }

    /** What the check found. */
    public EmitRecord.Check status() {
        if (failure != null) {
            return EmitRecord.Check.ERROR;
        }
        if (check == null) {
            return EmitRecord.Check.NOT_RUN;
        }
        return switch (check.status()) {
            case PASSED -> EmitRecord.Check.PASSED;
            case FAILED -> EmitRecord.Check.FAILED;
            case NOT_AVAILABLE -> EmitRecord.Check.NOT_AVAILABLE;
        };
    }

    /** What the check did or found, or why the emitter failed; empty when the check did not run. */
    public String detail() {
        return failure != null ? failure : check == null ? "" : check.detail();
    }

    /** Whether this language failed: its emitter failed, or its check found the code wrong. */
    public boolean failed() {
        return failure != null || check != null && check.status() == CheckResult.Status.FAILED;
    }

    /** This emission as a line of {@code emit.json}; an emitter that wrote nothing has an empty file name. */
    public EmitRecord.EmittedFile record(String language) {
        return new EmitRecord.EmittedFile(language, code != null ? code.fileName() : "", status(), detail());
    }
}
