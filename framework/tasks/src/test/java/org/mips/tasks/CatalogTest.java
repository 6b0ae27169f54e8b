package org.mips.tasks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.Split;

class CatalogTest {

    @Test
    void thereAre62TasksOfTheSteps10000Or20000() {
        assertEquals(62, new PaperTasks().tasks().size());
        for (BenchmarkTask task : PaperTasks.benchmarkTasks()) {
            assertTrue(task.defaultSteps() == 10_000 || task.defaultSteps() == 20_000, task.id());
        }
    }

    @Test
    void generationIsDeterministicAndIndependentOfHowMuchIsAsked() {
        BenchmarkTask task = byId("Binary_Addition");
        Split first = task.generate(20_000, 10, 7);
        assertEquals(first.x(), task.generate(20_000, 10, 7).x());
        assertNotEquals(first.x(), task.generate(20_000, 10, 8).x());
        Split fewer = task.generate(9_000, 10, 7);
        assertEquals(fewer.x(), first.x().slice(0, 9_000));
        assertEquals(fewer.y(), first.y().slice(0, 9_000));
    }

    @Test
    void splitFollowsTheTrainFraction() {
        Dataset data = byId("Add_Mod_3").dataset(10_000, 1);
        assertEquals(8_000, data.train().count());
        assertEquals(2_000, data.test().count());
    }

    @Test
    void palindromeSamplerMakesPalindromicPrefixesCommon() {
        Split split = byId("Bit_Palindrome").generate(10_000, 10, 3);
        int palindromesOfAtLeastTwo = 0;
        for (int n = 0; n < split.count(); n++) {
            palindromesOfAtLeastTwo += split.y().get(n, 1, 0) == 1 ? 1 : 0;
        }
        // Uniform bits would make x0 == x1 half the time; the prefix palindrome forces it whenever L = 2.
        assertTrue(palindromesOfAtLeastTwo > 5_200, "palindromic 2-prefixes: " + palindromesOfAtLeastTwo);
    }

    @Test
    void deduplicationLeavesNoRepeatedSequence() {
        Dataset data = byId("Previous_Equals_Current").dataset(50_000, 5);
        Set<String> seen = new HashSet<>();
        for (Split split : new Split[] {data.train(), data.test()}) {
            for (int n = 0; n < split.count(); n++) {
                assertTrue(seen.add(java.util.Arrays.deepToString(split.x().sequence(n))));
            }
        }
    }

    @Test
    void referencesWorkAtAnyLength() {
        long[][] x = new long[100][2];
        x[99][0] = 1;
        x[99][1] = 1;
        long[][] y = byId("Binary_Addition").reference().orElseThrow().apply(x);
        assertEquals(100, y.length);
        assertArrayEquals(new long[] {0}, y[99]);
    }

    static BenchmarkTask byId(String id) {
        return PaperTasks.benchmarkTasks().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
    }
}
