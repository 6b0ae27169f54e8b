package org.mips.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AccuracyTextTest {

    @Test
    void onlyAPerfectAccuracyReadsOne() {
        assertEquals("1.000000", AccuracyText.of(1.0));
        assertEquals("0.999999", AccuracyText.of(0.9999995));
        assertEquals("0.999890", AccuracyText.of(0.99989013671875));
        assertEquals("0.000000", AccuracyText.of(0));
    }
}
