package org.mips.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void formatsShortly() {
        assertEquals("4.2s", Durations.format(Duration.ofMillis(4200)));
        assertEquals("2m13s", Durations.format(Duration.ofSeconds(133)));
        assertEquals("1h05m", Durations.format(Duration.ofMinutes(65)));
    }
}
