package org.mips.testkit;

import org.mips.spi.represent.HiddenTrace;

/**
 * A hidden trace made from a known machine, with the true discrete state behind every hidden vector, so
 * a test can check what a representation detector recovers.
 *
 * @param name          what the trace shows, for test reports
 * @param trace         the trace a detector sees
 * @param previousTruth the true state of row r's {@code h_{t-1}} (the machine's initial state when t = 0)
 * @param nextTruth     the true state of row r's {@code h_t}
 */
public record SyntheticTrace(String name, HiddenTrace trace, long[][] previousTruth, long[][] nextTruth) {

    @Override
    public String toString() {
        return name;
    }
}
