package org.mips.engine.spark;

import org.mips.spi.engine.EngineContext;
import org.mips.spi.engine.EngineSession;
import org.mips.spi.engine.ExecutionEngine;
import org.pf4j.Extension;

/**
 * Runs jobs as the tasks of an Apache Spark application: one Spark task per job, on whatever cluster
 * {@code --master} names ({@code local[N]}, a standalone {@code spark://HOST:PORT}, or what {@code spark-submit}
 * provides). Spark's scheduler places them, runs a task again when its executor is lost, and stops them when
 * the command is stopped. A scheduler of our own would do none of that on the user's cluster.
 */
@Extension
public final class SparkEngine implements ExecutionEngine {

    @Override
    public String id() {
        return "spark";
    }

    @Override
    public String description() {
        return "Runs jobs as Apache Spark tasks (--master local[N], spark://HOST:PORT, or spark-submit's).";
    }

    @Override
    public EngineSession start(EngineContext context) {
        return SparkJobs.start(context);
    }
}
