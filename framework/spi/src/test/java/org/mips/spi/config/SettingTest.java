package org.mips.spi.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingTest {

    @Test
    void durationsAreReadAsPeopleTypeThemAndWrittenBackShortest() {
        assertEquals(Duration.ofSeconds(90), Setting.parseDuration("90s"));
        assertEquals(Duration.ofMinutes(5), Setting.parseDuration("5m"));
        assertEquals(Duration.ofHours(1), Setting.parseDuration("1h"));
        assertEquals(Duration.ofMinutes(90), Setting.parseDuration("1h30m"));
        assertEquals(Duration.ofMillis(2500), Setting.parseDuration("2s500ms"));
        assertEquals(Duration.ofMinutes(2), Setting.parseDuration(" 2M "));
        for (String text : List.of("1m30s", "5m", "1h30m", "2500ms", "1h1s")) {
            assertEquals(text, Setting.formatDuration(Setting.parseDuration(text)));
        }
    }

    @Test
    void anythingElseIsRefusedInOneLine() {
        for (String bad : new String[] {"", "5", "m", "5 m", "5min", "-5m", "1.5h", "30s1m", "1m1m", "99999999999999999999h"}) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Setting.parseDuration(bad), bad);
            assertEquals(1, error.getMessage().lines().count(), error.getMessage());
            assertEquals(true, error.getMessage().startsWith("'" + bad + "' is not a duration"), error.getMessage());
        }
        assertEquals("'0s' is not a positive duration", assertThrows(IllegalArgumentException.class,
                () -> Setting.duration("search.budget", Duration.ofMinutes(1), "budget").parse("0s")).getMessage());
    }

    @Test
    void eachTypeReadsItsValuesAndSaysWhatIsWrongWithOthers() {
        Setting<Integer> seeds = Setting.integer("search.seeds", 5, 1, 100, "seeds");
        assertEquals(7, seeds.parse(" 7 "));
        assertEquals("'seven' is not a whole number", assertThrows(IllegalArgumentException.class, () -> seeds.parse("seven")).getMessage());
        assertEquals("0 is outside 1..100", assertThrows(IllegalArgumentException.class, () -> seeds.parse("0")).getMessage());
        Setting<List<String>> chain = Setting.list("simplify.chain", List.of("l1"), "chain");
        assertEquals(List.of("l1", "quantize"), chain.parse("l1, quantize"));
        assertEquals(List.of(), chain.parse(""));
        assertEquals("l1,quantize", chain.format(List.of("l1", "quantize")));
        assertThrows(IllegalArgumentException.class, () -> chain.parse("l1,,quantize"));
        Setting<String> strategy = Setting.choice("search.strategy", "ladder", List.of("ladder", "paper"), "strategy");
        assertEquals("paper", strategy.parse("Paper"));
        assertEquals("'greedy' is not one of ladder, paper", assertThrows(IllegalArgumentException.class,
                () -> strategy.parse("greedy")).getMessage());
        assertEquals(true, Setting.bool("emit.check", true, "check").parse("FALSE") == Boolean.FALSE);
    }

    @Test
    void keysAreLowerCaseDottedWords() {
        assertThrows(IllegalArgumentException.class, () -> Setting.text("Search.Budget", "", "x"));
        assertThrows(IllegalArgumentException.class, () -> Setting.text("budget", "", "x"));
        assertEquals("regressor.symbolic.max-size", Setting.integer("regressor.symbolic.max-size", 11, 1, 20, "x").key());
    }
}
