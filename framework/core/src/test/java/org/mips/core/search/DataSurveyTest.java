package org.mips.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.mips.core.encode.CategoricalEncoding;
import org.mips.core.encode.Columns;
import org.mips.core.encode.EncodingChoice;
import org.mips.core.encode.OneHotEncoding;
import org.mips.core.encode.ScalarEncoding;
import org.mips.core.testing.FakeComponents;
import org.mips.core.testing.FunctionTask;
import org.mips.spi.encode.Encodings;
import org.mips.spi.network.Architecture;
import org.mips.spi.task.Dataset;
import org.mips.spi.task.Task;

/** What the data survey measures before a search trains anything, and the order it gives the tracks. */
class DataSurveyTest {

    private static final EncodingChoice CHOICE = new EncodingChoice(
            FakeComponents.of(new ScalarEncoding(), new OneHotEncoding(), new CategoricalEncoding()));

    private static final FunctionTask SUM_LAST3 = FunctionTask.of("Sum_Last3", 0, 9, 12, x -> FunctionTask.sumLast(x, 3));
    private static final FunctionTask PARITY = FunctionTask.of("Parity_All", 0, 1, 12, FunctionTask::parity);

    private static Integer window(FunctionTask task, int maxWindow) {
        return DataSurvey.linearWindow(task.dataset(Task.STANDARD_DATA_SEED).train(), maxWindow);
    }

    private static DataSurvey.Plan plan(FunctionTask task) {
        Dataset dataset = task.dataset(Task.STANDARD_DATA_SEED);
        return DataSurvey.plan(dataset, Columns.inputs(dataset), Columns.outputs(task, dataset), CHOICE, null, Ladder.DEFAULT);
    }

    @Test
    void aSumOfTheLastThreeInputsHasWindowThree() {
        assertEquals(3, window(SUM_LAST3, 6));
        assertEquals(3, window(SUM_LAST3, 3));
        assertNull(window(SUM_LAST3, 2), "no window up to 2 explains it");
    }

    @Test
    void theIdentityHasWindowOneAndAnAffineMapToo() {
        assertEquals(1, window(FunctionTask.of("Copy", 0, 9, 12, x -> x), 6));
        FunctionTask affine = FunctionTask.of("Affine", 0, 9, 12, x -> {
            long[][] y = new long[x.length][1];
            for (int t = 0; t < x.length; t++) {
                y[t][0] = 3 * x[t][0] - 2 * (t > 0 ? x[t - 1][0] : 0) + 5;
            }
            return y;
        });
        assertEquals(2, window(affine, 6));
    }

    @Test
    void parityHasNoLinearWindow() {
        assertNull(window(PARITY, 6));
    }

    @Test
    void aRunningSumHasNoWindowShorterThanTheSequence() {
        assertNull(window(FunctionTask.of("Sum_All", 0, 9, 12, FunctionTask::sumAll), 6));
    }

    @Test
    void aLinearWindowPutsTheScalarTrackFirstAndPointsAtLinearNetworksOfItsSize() {
        DataSurvey.Plan plan = plan(SUM_LAST3);
        Track scalar = Track.scalar(1, 1);
        assertEquals(List.of("scalar", "one-hot -> scalar", "one-hot -> categorical"), plan.findings().tracks());
        assertEquals(scalar, plan.tracks().get(0));
        assertEquals(List.of(new Candidate(scalar, Architecture.linear(3)), new Candidate(scalar, Architecture.linear(4))),
                plan.pointed());
        assertEquals(List.of("3,1,0,1,0", "4,1,0,1,0"), plan.findings().pointed());
        assertEquals(3, plan.findings().linearWindow());
        assertEquals(List.of(10), plan.findings().inputValues());
        assertEquals(List.of(28), plan.findings().outputValues());
        assertEquals(scalar, plan.paper());
    }

    @Test
    void aTaskWhoseInputsPermuteItsOutputsPutsItsSymbolicTracksFirstCategoricalLeading() {
        FunctionTask mod3 = FunctionTask.of("Add_Mod_3", 0, 2, 12, FunctionTask::sumMod3);
        DataSurvey.Plan plan = plan(mod3);
        assertEquals(List.of("one-hot -> categorical", "one-hot -> scalar", "scalar"), plan.findings().tracks());
        assertNull(plan.findings().linearWindow());
        assertEquals(true, plan.findings().orderFree(), "a sum modulo 3 does not depend on the order of its terms");
        assertEquals(false, plan.findings().affineInCounts());
        assertEquals(true, plan.findings().outputRecurrent());
        assertEquals(true, plan.findings().outputsPermuted());
        assertEquals(List.of("3,2,9,1,0 one-hot -> categorical"), plan.findings().pointed(),
                "no counters (the last output is the state; nor is it affine in them), but a one-hot state of the 3 values"
                        + " with a transition unit per (value, symbol) pair");
        assertEquals(Track.scalar(1, 1), plan.paper(), "the paper's plan stays scalar");
    }

    @Test
    void aRunningMinimumIsRecurrentButNotPermutedAndGetsNoCounters() {
        FunctionTask min = FunctionTask.of("Min_Seen", 0, 3, 10, x -> {
            long[][] y = new long[x.length][1];
            for (int t = 0; t < x.length; t++) {
                y[t][0] = Math.min(x[t][0], t > 0 ? y[t - 1][0] : Long.MAX_VALUE);
            }
            return y;
        });
        DataSurvey.Plan plan = plan(min);
        assertEquals(true, plan.findings().orderFree());
        assertEquals(true, plan.findings().outputRecurrent());
        assertEquals(false, plan.findings().outputsPermuted(), "min(y, 0) = 0 for every y");
        assertEquals(List.of(), plan.pointed());
        assertEquals("scalar", plan.findings().tracks().get(0));
    }

    @Test
    void orderMattersForAWindowAndForTheCurrentDigit() {
        assertEquals(false, plan(SUM_LAST3).findings().orderFree());
        assertEquals(List.of("3,1,0,1,0", "4,1,0,1,0"), plan(SUM_LAST3).findings().pointed());
        FunctionTask even = FunctionTask.of("Evens_Detector", 0, 9, 12, x -> {
            long[][] y = new long[x.length][1];
            for (int t = 0; t < x.length; t++) {
                y[t][0] = x[t][0] % 2 == 0 ? 1 : 0;
            }
            return y;
        });
        assertEquals(false, plan(even).findings().orderFree());
        assertEquals(List.of("scalar", "one-hot -> scalar"), plan(even).findings().tracks(),
                "digits add one-hot inputs behind the scalar track; a binary output stays scalar");
    }

    @Test
    void aMajorityIsOrderFree() {
        FunctionTask majority = FunctionTask.of("Majority_0_3", 0, 3, 10, x -> {
            long[][] y = new long[x.length][1];
            int[] counts = new int[4];
            for (int t = 0; t < x.length; t++) {
                counts[(int) x[t][0]]++;
                int best = 0;
                for (int v = 1; v < 4; v++) {
                    best = counts[v] > counts[best] ? v : best;
                }
                y[t][0] = best;
            }
            return y;
        });
        DataSurvey.Plan plan = plan(majority);
        assertEquals(true, plan.findings().orderFree());
        assertEquals(false, plan.findings().outputRecurrent(), "the counts are the state, not the last output");
        assertEquals(List.of("3,1,0,1,0 one-hot -> categorical"), plan.findings().pointed());
        assertEquals(Set.of(), plan.exact(), "an argmax of counters is not known to fit");
        assertEquals("scalar", plan.findings().tracks().get(0));
    }

    @Test
    void aCountOfEvenDigitsIsAffineInTheCountsAndItsCounterNetworkIsExact() {
        FunctionTask evens = FunctionTask.of("Evens_Counter", 0, 3, 10, x -> {
            long[][] y = new long[x.length][1];
            for (int t = 0; t < x.length; t++) {
                y[t][0] = (t > 0 ? y[t - 1][0] : 0) + (x[t][0] % 2 == 0 ? 1 : 0);
            }
            return y;
        });
        DataSurvey.Plan plan = plan(evens);
        assertEquals(true, plan.findings().orderFree());
        assertEquals(true, plan.findings().affineInCounts());
        assertEquals(false, plan.findings().outputsPermuted(), "a count only grows");
        assertEquals(List.of("3,1,0,1,0 one-hot -> scalar"), plan.findings().pointed(), "a count is unbounded: no categorical track");
        assertEquals(Set.copyOf(plan.pointed()), plan.exact());
    }

    @Test
    void theWindowsLinearNetworksAreExact() {
        assertEquals(Set.copyOf(plan(SUM_LAST3).pointed()), plan(SUM_LAST3).exact());
    }

    @Test
    void binaryColumnsGiveTheScalarTrackAlone() {
        DataSurvey.Plan plan = plan(PARITY);
        assertEquals(List.of(Track.scalar(1, 1)), plan.tracks());
        assertEquals(List.of(), plan.findings().refusals());
        assertNull(plan.findings().orderFree(), "not measured without symbolic inputs");
    }

    @Test
    void namedEncodingsAreTheOnlyTrackAndThePapers() {
        Dataset dataset = SUM_LAST3.dataset(Task.STANDARD_DATA_SEED);
        Encodings named = CHOICE.named(OneHotEncoding.ID, ScalarEncoding.ID, Columns.inputs(dataset), Columns.outputs(SUM_LAST3, dataset));
        DataSurvey.Plan plan = DataSurvey.plan(dataset, Columns.inputs(dataset), Columns.outputs(SUM_LAST3, dataset), CHOICE, named,
                Ladder.DEFAULT);
        assertEquals(List.of(Track.of(named)), plan.tracks());
        assertEquals(Track.of(named), plan.paper());
        assertEquals(List.of(), plan.pointed(), "pointed candidates are scalar, which the user did not name");
    }

    @Test
    void anUnboundedOutputIsNotCategoricalAndTheRefusalIsRecorded() {
        FunctionTask sum = FunctionTask.of("Sum_All", 0, 9, 12, FunctionTask::sumAll);
        DataSurvey.Plan plan = plan(sum);
        assertEquals(List.of("scalar", "one-hot -> scalar"), plan.findings().tracks());
        assertEquals(1, plan.findings().refusals().size());
        assertEquals(true, plan.findings().refusals().get(0).startsWith("categorical: output 0 "), plan.findings().refusals()::toString);
    }

    private static DataSurvey.Plan plan(FunctionTask task, int sequences) {
        Dataset dataset = new Dataset(task.id(), task.generate(sequences, 10, 1), task.generate(300, 10, 2));
        return DataSurvey.plan(dataset, Columns.inputs(dataset), Columns.outputs(task, dataset), CHOICE, null, Ladder.DEFAULT);
    }

    @Test
    void aHiddenStateMachineGetsANetworkWithAUnitPerBehaviour() {
        DataSurvey.Plan plan = plan(FunctionTask.of("Div_7", 0, 1, 10, x -> PrefixBehavioursTest.divide(x, 7)), 20_000);
        assertEquals(14, plan.findings().prefixStates());
        assertEquals(true, plan.findings().prefixStatesClosed());
        assertNull(plan.findings().stepWindow());
        assertEquals(List.of("14,2,56,1,0 one-hot -> categorical"), plan.findings().pointed());
        assertEquals(List.of(Track.scalar(1, 1)), plan.tracks(), "the ladder climbs the scalar track as before");
    }

    @Test
    void smallMachinesWindowsAndRecurrentOutputsGetNoStateMachineNetwork() {
        assertEquals(List.of(), plan(PARITY, 20_000).findings().pointed(), "two behaviours: the ladder's first rungs");
        DataSurvey.Plan window = plan(FunctionTask.of("Parity_Last4", 0, 1, 10, x -> {
            long[][] y = FunctionTask.sumLast(x, 4);
            for (long[] row : y) {
                row[0] %= 2;
            }
            return y;
        }), 20_000);
        assertEquals(16, window.findings().prefixStates());
        assertEquals(4, window.findings().stepWindow());
        assertEquals(List.of(), window.findings().pointed(), "a window of four inputs");
        DataSurvey.Plan saturating = plan(FunctionTask.of("Ones_Up_To_4", 0, 1, 10, x -> {
            long[][] y = FunctionTask.sumAll(x);
            for (long[] row : y) {
                row[0] = Math.min(row[0], 4);
            }
            return y;
        }), 20_000);
        assertEquals(5, saturating.findings().prefixStates());
        assertEquals(true, saturating.findings().prefixStatesClosed());
        assertEquals(List.of(), saturating.findings().pointed(), "the last output is the state");
    }
}
