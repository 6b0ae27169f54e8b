package org.mips.cli.bench;

import java.util.Locale;
import java.util.Optional;

/** The stages of {@code mips run}, in order; a run announces each with a line {@code == name: ...}. */
public enum Stage {
    SEARCH, SIMPLIFY, EXTRACT, REGRESS, VERIFY, PROVE, EMIT;

    /** The name used on the command line and in artifacts: {@code search}, {@code simplify}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The stage a run's output line announces, if it is such a line. */
    public static Optional<Stage> announcedBy(String line) {
        if (!line.startsWith("== ")) {
            return Optional.empty();
        }
        int colon = line.indexOf(':');
        return of(colon < 0 ? line.substring(3) : line.substring(3, colon));
    }

    /** The stage with this id; empty for an unknown one. */
    public static Optional<Stage> of(String id) {
        for (Stage stage : values()) {
            if (stage.id().equals(id)) {
                return Optional.of(stage);
            }
        }
        return Optional.empty();
    }
}
