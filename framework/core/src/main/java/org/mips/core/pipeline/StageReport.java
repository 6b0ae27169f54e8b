package org.mips.core.pipeline;

import org.mips.spi.pipeline.StageOutcome;

/**
 * How one stage of a run ended.
 *
 * @param stage   its id
 * @param outcome done, stopped or failed
 * @param seconds how long it ran
 */
public record StageReport(String stage, StageOutcome outcome, double seconds) {
}
