package org.mips.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void parsesWhatPeopleType() {
        assertEquals(Duration.ofSeconds(90), Durations.parse("90s"));
        assertEquals(Duration.ofMinutes(5), Durations.parse("5m"));
        assertEquals(Duration.ofHours(1), Durations.parse("1h"));
        assertEquals(Duration.ofMinutes(90), Durations.parse("1h30m"));
        assertEquals(Duration.ofMillis(2500), Durations.parse("2s500ms"));
        assertEquals(Duration.ofMinutes(2), Durations.parse(" 2M "));
    }

    @Test
    void rejectsAnythingElseInOneLine() {
        for (String bad : new String[] {"", "5", "m", "5 m", "5min", "-5m", "1.5h", "30s1m", "1m1m", "99999999999999999999h"}) {
            IllegalArgumentException error = assertThrows(IllegalArgumentException.class, () -> Durations.parse(bad), bad);
            assertEquals(1, error.getMessage().lines().count(), error.getMessage());
            assertEquals(true, error.getMessage().startsWith("'" + bad + "' is not a duration"), error.getMessage());
        }
    }

    @Test
    void formatsShortly() {
        assertEquals("4.2s", Durations.format(Duration.ofMillis(4200)));
        assertEquals("2m13s", Durations.format(Duration.ofSeconds(133)));
        assertEquals("1h05m", Durations.format(Duration.ofMinutes(65)));
    }
}
