package org.mips.core.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlateauTest {

    @Test
    void aTrialThatStopsImprovingIsStoppedAfterThePatience() {
        TrialRunner.Progress progress = new TrialRunner.Progress(300);
        assertTrue(progress.continues(0, 0.50, 0.20));
        assertTrue(progress.continues(100, 0.60, 0.15));
        assertTrue(progress.continues(200, 0.60, 0.1499));
        assertTrue(progress.continues(300, 0.60, 0.1498));
        assertFalse(progress.continues(400, 0.60, 0.1497), "no real progress since step 100");
    }

    @Test
    void fallingLossCountsAsProgressEvenAtConstantAccuracy() {
        TrialRunner.Progress progress = new TrialRunner.Progress(200);
        double loss = 1.0;
        for (int step = 0; step <= 2000; step += 100) {
            loss *= 0.95;
            assertTrue(progress.continues(step, 0.5, loss), "step " + step);
        }
    }

    @Test
    void nearPerfectAccuracyStillCountsSmallGains() {
        TrialRunner.Progress progress = new TrialRunner.Progress(200);
        assertTrue(progress.continues(0, 0.9900, 0.01));
        assertTrue(progress.continues(100, 0.9904, 0.01));
        assertTrue(progress.continues(200, 0.9910, 0.01));
        assertTrue(progress.continues(300, 0.9910, 0.01));
        assertFalse(progress.continues(400, 0.9910, 0.01));
    }

    @Test
    void zeroPatienceNeverStops() {
        TrialRunner.Progress progress = new TrialRunner.Progress(0);
        for (int step = 0; step <= 5000; step += 100) {
            assertTrue(progress.continues(step, 0.5, 1.0));
        }
    }
}
