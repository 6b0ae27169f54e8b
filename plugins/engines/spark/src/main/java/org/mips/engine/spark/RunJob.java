package org.mips.engine.spark;

import org.apache.spark.api.java.function.Function;

/**
 * The function a Spark task applies to its job. A class of its own, not a lambda in {@link SparkJobs}: an
 * executor loads a lambda's capturing class, and that one implements mips's SPI, which executors do not have.
 */
final class RunJob implements Function<JobPayload, JobOutput> {

    private static final long serialVersionUID = 1L;

    @Override
    public JobOutput call(JobPayload payload) throws Exception {
        return RemoteJob.run(payload);
    }
}
