package org.mips.engine.spark;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * What an executor sends back of one job.
 *
 * @param exit  its process's exit code
 * @param lines what it printed on its standard output, in order
 * @param files its directory's files afterwards, by path relative to it ({@code /}-separated)
 */
record JobOutput(int exit, List<String> lines, Map<String, byte[]> files) implements Serializable {
}
