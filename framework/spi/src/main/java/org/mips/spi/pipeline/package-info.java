/**
 * The pipeline as an extension point: a {@link org.mips.spi.pipeline.Stage} reads and writes typed
 * {@linkplain org.mips.spi.pipeline.ArtifactType artifacts} of the run, publishes
 * {@linkplain org.mips.spi.pipeline.StageEvent events}, and ends as a
 * {@link org.mips.spi.pipeline.StageOutcome}. The built-in stages are its implementations; a plugin
 * adds one anywhere in the order with a {@link org.mips.spi.pipeline.Placement}.
 */
package org.mips.spi.pipeline;
