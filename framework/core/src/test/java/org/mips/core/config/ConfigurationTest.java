package org.mips.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mips.spi.config.Setting;

class ConfigurationTest {

    private static final Setting<Duration> BUDGET = Setting.duration("search.budget", Duration.ofMinutes(5), "the search's time");
    private static final Setting<List<String>> CHAIN = Setting.list("simplify.chain", List.of("l1", "whiten"), "normalizers");
    private static final Setting<Integer> SEEDS = Setting.integer("search.seeds", 5, 1, 100, "seeds");
    private static final Setting<Integer> MAX_SIZE = Setting.integer("regressor.symbolic.max-size", 11, 1, 20, "nodes");
    private static final List<Setting<?>> DECLARED = List.of(BUDGET, CHAIN, SEEDS, MAX_SIZE);

    @TempDir
    Path dir;

    private Path yaml(String text) throws Exception {
        Path file = dir.resolve("mips.yml");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void nestedMapsAreDottedKeysAndListsAreOneValueLaterLayersWinning() throws Exception {
        Path file = yaml("""
                # the search
                search:
                  budget: 2m
                  seeds: 3
                simplify:
                  chain: [whiten, jordan]
                regressor.symbolic:
                  max-size: 9
                """);
        Configuration configuration = Configuration.defaults().withFile(file).with("search.seeds", "4", "--seeds");
        assertEquals(Duration.ofMinutes(2), configuration.get(BUDGET));
        assertEquals(List.of("whiten", "jordan"), configuration.get(CHAIN));
        assertEquals(4, configuration.get(SEEDS));
        assertEquals(9, configuration.get(MAX_SIZE));
        configuration.check(DECLARED);
        assertEquals(List.of(
                new Configuration.Effective("regressor.symbolic.max-size", "9", file + ", line 8", "nodes"),
                new Configuration.Effective("search.budget", "2m", file + ", line 3", "the search's time"),
                new Configuration.Effective("search.seeds", "4", "--seeds", "seeds"),
                new Configuration.Effective("simplify.chain", "whiten,jordan", file + ", line 6", "normalizers")),
                configuration.effective(DECLARED));
    }

    @Test
    void theAssignmentsConfigureAnotherProcessAsThisOneWhereverEachValueCameFrom() throws Exception {
        Path file = yaml("search:\n  budget: 2m\nsimplify:\n  chain: [whiten, jordan]\n");
        Configuration here = Configuration.defaults().withFile(file).with("search.seeds", "4", "--seeds");
        List<String> assignments = here.assignments();
        assertEquals(List.of("search.budget=2m", "search.seeds=4", "simplify.chain=whiten,jordan"), assignments);
        Configuration there = Configuration.defaults();
        for (String assignment : assignments) {
            there = there.withAssignment(assignment, "--set");
        }
        for (Setting<?> setting : DECLARED) {
            assertEquals(here.get(setting), there.get(setting), setting.key());
        }
    }

    @Test
    void aValueItsSettingCannotReadNamesTheFileLineAndKey() throws Exception {
        Path file = yaml("search:\n  budget: soon\n");
        ConfigException error = assertThrows(ConfigException.class, () -> Configuration.defaults().withFile(file).check(DECLARED));
        assertEquals(file + ", line 2: search.budget: 'soon' is not a duration: expected a number and a unit, e.g. 90s, 5m, 1h30m or 500ms",
                error.getMessage());
        ConfigException range = assertThrows(ConfigException.class, () -> Configuration.defaults().with("search.seeds", "0", "--seeds")
                .get(SEEDS));
        assertEquals("--seeds: search.seeds: 0 is outside 1..100", range.getMessage());
    }

    @Test
    void anUnknownKeyIsAnErrorSuggestingTheNearestDeclaredOne() throws Exception {
        Path file = yaml("search:\n  seed: 3\n");
        ConfigException error = assertThrows(ConfigException.class, () -> Configuration.defaults().withFile(file).check(DECLARED));
        assertEquals(file + ", line 2: no setting 'search.seed'; did you mean 'search.seeds'? ('mips config' lists them all)",
                error.getMessage());
        ConfigException far = assertThrows(ConfigException.class, () -> Configuration.defaults().with("lasers.power", "9", "--set")
                .check(DECLARED));
        assertEquals("--set: no setting 'lasers.power' ('mips config' lists them all)", far.getMessage());
    }

    @Test
    void malformedFilesAreOneLineNamingTheFile() throws Exception {
        assertEquals(dir.resolve("none.yml") + ": no such file",
                assertThrows(ConfigException.class, () -> Configuration.defaults().withFile(dir.resolve("none.yml"))).getMessage());
        Path list = yaml("- search\n- budget\n");
        assertEquals(list + ", line 1: expected a map of settings, e.g. 'search:' with 'budget: 2m' under it",
                assertThrows(ConfigException.class, () -> Configuration.defaults().withFile(list)).getMessage());
        Path nested = yaml("simplify:\n  chain: [[l1]]\n");
        assertEquals(nested + ", line 2: simplify.chain: a list holds single words, e.g. [linear, boolean]",
                assertThrows(ConfigException.class, () -> Configuration.defaults().withFile(nested)).getMessage());
        Path broken = yaml("search: [budget\n");
        assertEquals(true, assertThrows(ConfigException.class, () -> Configuration.defaults().withFile(broken)).getMessage()
                .startsWith(broken + ": not valid YAML: "));
    }

    @Test
    void anEmptyFileSetsNothingAndAssignmentsNeedAnEqualsSign() throws Exception {
        assertEquals(Duration.ofMinutes(5), Configuration.defaults().withFile(yaml("")).get(BUDGET));
        assertEquals(Duration.ofSeconds(90), Configuration.defaults().withAssignment("search.budget=90s", "--set").get(BUDGET));
        assertEquals("--set budget: expected KEY=VALUE, e.g. search.budget=2m",
                assertThrows(ConfigException.class, () -> Configuration.defaults().withAssignment("budget", "--set")).getMessage());
    }
}
