package org.mips.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.core.stages.RunArtifacts;
import org.mips.core.store.RunStore;
import org.mips.spi.encode.Encoding;
import org.mips.spi.encode.InputCode;
import org.mips.spi.encode.OutputCode;
import org.mips.spi.network.Network;
import org.mips.testkit.AbstractEncodingContractTest;
import org.mips.testkit.PluginJarBuilder;

/**
 * An encoding a third party adds: compiled at test time against the SPI only, installed as a plugin zip into a
 * plugins directory, listed by {@code mips plugins} and used by {@code mips train}, with the encoding contract over
 * it.
 */
class EncodingPluginTest {

    /**
     * A thermometer code: the symbols {@code a_0 < ... < a_k} take k inputs, and {@code a_i} sets the first i of them.
     * Order is what it keeps: "at least a_j" is one input.
     */
    static final String THERMOMETER = """
            package com.acme.thermo;

            import java.util.ArrayList;
            import java.util.List;
            import java.util.Set;
            import org.mips.spi.Outcome;
            import org.mips.spi.encode.ColumnValues;
            import org.mips.spi.encode.Encoding;
            import org.mips.spi.encode.InputCode;
            import org.pf4j.Extension;

            @Extension
            public class Thermometer implements Encoding {
                static final int MAX_SYMBOLS = 64;
                @Override public String id() { return "thermometer"; }
                @Override public String description() { return "k inputs for k + 1 ordered symbols; a symbol sets one per smaller symbol"; }
                @Override public Set<Side> sides() { return Set.of(Side.INPUT); }
                @Override public Outcome<InputCode> input(ColumnValues column) {
                    int n = column.size();
                    if (n < 2) {
                        return Outcome.none(column.column() + " has " + n + " values; a thermometer needs at least 2");
                    }
                    if (n > MAX_SYMBOLS) {
                        return Outcome.none(column.column() + " has " + n + " values; a thermometer takes at most " + MAX_SYMBOLS);
                    }
                    List<List<Double>> vectors = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        List<Double> vector = new ArrayList<>();
                        for (int j = 0; j < n - 1; j++) {
                            vector.add(i > j ? 1.0 : 0.0);
                        }
                        vectors.add(vector);
                    }
                    return Outcome.found(new InputCode.Symbols(id(), column.values(), vectors));
                }
            }
            """;

    private static final String CLASS = "com.acme.thermo.Thermometer";

    @TempDir
    static Path plugins;

    @TempDir
    Path dir;

    @BeforeAll
    static void installPlugins() {
        TestPlugins.backendPlugin(plugins);
        PluginJarBuilder.plugin("acme-thermometer", "1.0.0").manifest("Plugin-Description", "Ordered symbols as thermometers.")
                .source(CLASS, THERMOMETER).buildZip(plugins.resolve("acme-thermometer-1.0.0.zip"));
    }

    private static Cli.Result mips(String... args) {
        String[] all = new String[args.length + 2];
        all[0] = "--plugins-dir";
        all[1] = plugins.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return Cli.run(all);
    }

    @Test
    void listedUnderTheEncodingKind() {
        Cli.Result result = mips("plugins");
        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.out().contains("acme-thermometer 1.0.0  STARTED"), result::toString);
        assertTrue(result.out().contains("\n  encoding   thermometer    k inputs for k + 1 ordered symbols; a symbol sets one per smaller "
                + "symbol\n"), result::toString);
    }

    @Test
    void trainTakesItAndTheNetworkRecordsTheTable() {
        Path out = dir.resolve("train");
        Cli.Result result = mips("train", "--task", "Add_Mod_3", "--input-encoding", "thermometer", "--output-encoding", "categorical",
                "--backend", "fake", "--arch", "2,2,4,1,0", "--steps", "1", "--out", out.toString());
        assertEquals(0, result.exit(), result::toString);
        Network network = RunStore.at(out).read(RunArtifacts.NETWORK);
        assertEquals(List.of(new InputCode.Symbols("thermometer", List.of(0L, 1L, 2L),
                List.of(List.of(0.0, 0.0), List.of(1.0, 0.0), List.of(1.0, 1.0)))), network.encodings().inputs());
        assertEquals(List.of(new OutputCode.Categorical(List.of(0L, 1L, 2L))), network.encodings().outputs());
        assertEquals(2, network.inputDim());
        assertEquals(3, network.outputDim());
        assertEquals("thermometer -> categorical", network.encodings().describe());
    }

    @Test
    void itsRefusalsAndTheHostsAreOneLineAndExitTwo() {
        Cli.Result tooMany = mips("train", "--task", "Sum_All", "--input-encoding", "thermometer", "--backend", "fake", "--steps", "1",
                "--out", dir.resolve("sum").toString());
        assertEquals(2, tooMany.exit(), tooMany::toString);
        assertEquals("mips: encoding 'thermometer' cannot carry input 0: input 0 has 100 values; a thermometer takes at most 64\n",
                tooMany.err());
        Cli.Result outputs = mips("train", "--task", "Add_Mod_3", "--input-encoding", "thermometer", "--output-encoding", "thermometer",
                "--backend", "fake", "--steps", "1", "--out", dir.resolve("out").toString());
        assertEquals(2, outputs.exit(), outputs::toString);
        assertEquals("mips: encoding 'thermometer' does not encode outputs; it serves [inputs]\n", outputs.err());
        Cli.Result unknown = mips("train", "--task", "Add_Mod_3", "--input-encoding", "thermometer", "--output-encoding", "no-such",
                "--backend", "fake", "--steps", "1", "--out", dir.resolve("unknown").toString());
        assertEquals(2, unknown.exit(), unknown::toString);
        assertEquals("mips: no encoding 'no-such'; available: categorical, one-hot, scalar, thermometer\n", unknown.err());
    }

    /** Where the contract's copy of the plugin is built, apart from the plugins directory the host reads. */
    @TempDir
    static Path jars;

    private static Class<?> thermometer;

    /** The plugin's class, loaded from a jar of its own as the host loads a plugin's classes. */
    private static synchronized Class<?> thermometer() throws ReflectiveOperationException, MalformedURLException {
        if (thermometer == null) {
            Path jar = PluginJarBuilder.plugin("acme-thermometer", "1.0.0").source(CLASS, THERMOMETER).build(jars.resolve("thermometer.jar"));
            URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, Encoding.class.getClassLoader());
            thermometer = loader.loadClass(CLASS);
        }
        return thermometer;
    }

    /** The plugin's encoding against the encoding contract. */
    @Nested
    class Contract extends AbstractEncodingContractTest {

        @Override
        protected Encoding encoding() {
            try {
                return (Encoding) thermometer().getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException | MalformedURLException e) {
                throw new IllegalStateException("cannot load the thermometer", e);
            }
        }
    }
}
