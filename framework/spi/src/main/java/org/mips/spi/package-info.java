/**
 * The mips service-provider interface: the value types that flow through the pipeline and the eight
 * extension points a plugin can implement, and nothing else: helpers that only plugins use (running
 * external tools, writing source code) are in the plugin toolkit ({@code org.mips.toolkit}, artifact
 * {@code mips-plugin-toolkit}), which a plugin bundles in its own {@code lib/}.
 *
 * <p>A plugin compiles against this module ({@code provided} scope) and implements one or more
 * of {@link org.mips.spi.training.TrainingBackend}, {@link org.mips.spi.normalize.Normalizer},
 * {@link org.mips.spi.represent.RepresentationDetector}, {@link org.mips.spi.regress.Regressor},
 * {@link org.mips.spi.emit.CodeEmitter}, {@link org.mips.spi.prove.Prover},
 * {@link org.mips.spi.task.TaskSuite} and {@link org.mips.spi.pipeline.Stage}. Each implementation is a
 * {@link org.mips.spi.Component} with a stable id, annotated with {@code @org.pf4j.Extension}.
 *
 * <p>Components are created through the host's Guice injector. A constructor annotated with
 * {@code @jakarta.inject.Inject} may take these host services, and no others:
 * <ul>
 *   <li>{@link org.mips.spi.Components}: the other installed components, by extension point and id;</li>
 *   <li>{@link org.mips.spi.config.Settings}: the effective configuration, read through the
 *       {@link org.mips.spi.config.Setting}s the component declares in {@link org.mips.spi.Component#settings()}.</li>
 * </ul>
 *
 * <p>The host loads classes of the packages {@code org.mips.spi}, {@code org.pf4j},
 * {@code jakarta.inject} and {@code com.fasterxml.jackson.annotation} from its own class path, so a
 * plugin must not bundle them.
 */
package org.mips.spi;
