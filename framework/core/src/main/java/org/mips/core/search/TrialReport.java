package org.mips.core.search;

import java.util.List;
import java.util.Objects;
import org.mips.spi.network.Network;
import org.mips.spi.pipeline.ArtifactType;
import org.mips.spi.training.Evaluation;

/**
 * What a trial trained as a job ({@link TrialJob}) leaves in its directory for the search that asked for it.
 *
 * @param trial   how it went, as the job saw it (its index and times are the job's; the search keeps its own)
 * @param network the trained network when it was perfect, else null
 * @param curve   its evaluations when it was perfect, else empty
 */
public record TrialReport(TrialRecord trial, Network network, List<Evaluation> curve) {

    /** The file a trial job writes, in its directory. */
    public static final ArtifactType<TrialReport> TYPE = ArtifactType.of("trial-report.json", TrialReport.class, 1);

    public TrialReport {
        Objects.requireNonNull(trial, "trial");
        curve = curve == null ? List.of() : List.copyOf(curve);
    }
}
