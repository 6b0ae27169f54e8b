package org.mips.core.emit;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Locale;

/**
 * The code a run emitted: {@code emit.json}.
 *
 * @param task  the task
 * @param files one per language, in the order asked for
 */
public record EmitRecord(String task, List<EmittedFile> files) {
    public EmitRecord {
        files = List.copyOf(files);
    }

    /**
     * One language's code.
     *
     * @param language the emitter's id
     * @param file     the file's name in the run directory; empty when the emitter wrote nothing
     * @param check    what the check of the code found
     * @param detail   what the check did or found, in one line
     */
    public record EmittedFile(String language, String file, Check check, String detail) {
    }

    /** What the check of emitted code found. */
    public enum Check {
        /** The code ran (or was verified) and agreed with the interpreter. */
        @JsonProperty("passed") PASSED,
        /** The code disagreed with the interpreter, or did not compile. */
        @JsonProperty("failed") FAILED,
        /** The language's toolchain is not installed; nothing is claimed. */
        @JsonProperty("not available") NOT_AVAILABLE,
        /** The check was not asked for. */
        @JsonProperty("not run") NOT_RUN,
        /** The emitter, or its check, threw or ran past its time limit; nothing is claimed. */
        @JsonProperty("error") ERROR;

        /** The name {@code emit.json} uses. */
        public String label() {
            return name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
    }
}
