package org.mips.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mips config}, {@code --config} and {@code --set}: the effective configuration and what a bad one says. */
class ConfigCommandTest {

    @TempDir
    Path dir;

    @Test
    void printsEverySettingWithItsValueAndWhereItComesFrom() throws Exception {
        Path file = dir.resolve("mine.yml");
        Files.writeString(file, "search:\n  budget: 2m\nemit:\n  languages: [python]\n");
        Cli.Result result = Cli.run("--config", file.toString(), "--set", "search.seeds=3", "config");
        assertEquals(0, result.exit(), result::toString);
        assertTrue(result.out().matches("(?s).*\\nsearch\\.budget: 2m +# " + java.util.regex.Pattern.quote(file + ", line 2") + "\\n.*"),
                result::toString);
        assertTrue(result.out().matches("(?s).*\\nsearch\\.seeds: 3 +# --set\\n.*"), result::toString);
        assertTrue(result.out().matches("(?s).*\\nemit\\.languages: python +# .*"), result::toString);
        assertTrue(result.out().matches("(?s).*\\nsearch\\.deadline: 3m +# default\\n.*"), "the search's deadline is its budget and a minute: "
                + result);
        assertTrue(result.out().matches("(?s).*\\nprove\\.timeout: 10m +# default\\n.*"), result::toString);
        assertTrue(result.out().contains("pipeline.skip: "), result::toString);
    }

    @Test
    void descriptionsSayWhatEachSettingDoes() {
        Cli.Result result = Cli.run("config", "--descriptions");
        assertTrue(result.out().contains("\n    time for the architecture search; trials still running then are stopped\n"), result::toString);
    }

    @Test
    void aBadConfigurationIsOneLineNamingTheFileLineAndKeyAndExitTwo() throws Exception {
        Path file = dir.resolve("bad.yml");
        Files.writeString(file, "search:\n  budget: 2m\n  seed: 3\n");
        Cli.Result unknown = Cli.run("--config", file.toString(), "config");
        assertEquals(2, unknown.exit(), unknown::toString);
        assertEquals("mips: " + file + ", line 3: no setting 'search.seed'; did you mean 'search.seeds'? ('mips config' lists them all)\n",
                unknown.err());

        Files.writeString(file, "search:\n  budget: later\n");
        Cli.Result value = Cli.run("--config", file.toString(), "tasks");
        assertEquals(2, value.exit(), value::toString);
        assertEquals("mips: " + file + ", line 2: search.budget: 'later' is not a duration: expected a number and a unit, e.g. 90s, 5m, "
                + "1h30m or 500ms\n", value.err());

        Cli.Result set = Cli.run("--set", "search.budget", "config");
        assertEquals("mips: --set search.budget: expected KEY=VALUE, e.g. search.budget=2m\n", set.err());
        Cli.Result missing = Cli.run("--config", dir.resolve("none.yml").toString(), "config");
        assertEquals("mips: " + dir.resolve("none.yml") + ": no such file\n", missing.err());
    }
}
