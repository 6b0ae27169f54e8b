package org.mips.cli;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Progress of a long job: a bar redrawn in place on a terminal, plain lines (at most one every few
 * seconds) otherwise, e.g. in CI logs where carriage returns would clutter the output.
 */
final class Progress {

    private static final long QUIET_NANOS = 5_000_000_000L;

    private final PrintWriter out;
    private final boolean terminal;
    private long lastLine = Long.MIN_VALUE;
    private boolean drawn;

    Progress(PrintWriter out) {
        this(out, System.console() != null && System.getenv("CI") == null);
    }

    Progress(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    /** Shows {@code done} of {@code total} with a status text. */
    void update(long done, long total, String status) {
        if (terminal) {
            int width = 24;
            int filled = total <= 0 ? 0 : (int) Math.min(width, width * done / total);
            out.print("\r[" + "#".repeat(filled) + ".".repeat(width - filled) + "] " + status + "   ");
            out.flush();
            drawn = true;
            return;
        }
        long now = System.nanoTime();
        if (lastLine == Long.MIN_VALUE || now - lastLine >= QUIET_NANOS || done >= total) {
            out.println(status);
            out.flush();
            lastLine = now;
        }
    }

    /** Ends the bar so that the next output starts on a fresh line. */
    void finish() {
        if (drawn) {
            out.println();
            out.flush();
            drawn = false;
        }
    }

    static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }
}
