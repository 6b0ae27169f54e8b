package org.mips.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.mips.spi.encode.Encodings;
import org.mips.spi.encode.InputCode;
import org.mips.spi.encode.OutputCode;
import org.mips.spi.network.Architecture;

/** The ladder over several tracks, and the candidates the data points to, on one core against scripted worlds. */
class TracksPlanTest {

    private static final Track SCALAR = PlansTest.SCALAR;
    private static final Track SYMBOLIC = Track.of(new Encodings(List.of(InputCode.Symbols.oneHot("one-hot", List.of(0L, 1L, 2L))),
            List.of(new OutputCode.Categorical(List.of(0L, 1L, 2L)))));

    private static List<String> texts(List<TrialKey> keys) {
        return keys.stream().map(TrialKey::toString).toList();
    }

    @Test
    void aTrackIsNamedByItsEncodings() {
        assertEquals("scalar", SCALAR.id());
        assertEquals("one-hot -> categorical", SYMBOLIC.id());
        assertEquals("one-hot_categorical", SYMBOLIC.fileName());
        assertEquals("2,1,0,1,0 one-hot -> categorical", new Candidate(SYMBOLIC, Architecture.linear(2)).toText());
        assertEquals("2,1,0,1,0", new Candidate(SCALAR, Architecture.linear(2)).toText());
    }

    @Test
    void theFirstTrackClimbsThreeRungsAheadAndTheNarrowingStaysOnTheWinningTrack() {
        // Only the symbolic track works: with a nonlinear transition of width >= 3 from n = 2 on.
        LadderPlan plan = new LadderPlan(Ladder.DEFAULT, 128, List.of(SCALAR, SYMBOLIC), List.of());
        Simulation.Run run = Simulation.run(plan, PlansTest.SEEDS, key -> {
            Architecture a = key.architecture();
            return new TrialOutcome(key.track().equals(SYMBOLIC) && a.hiddenDim() >= 2 && a.transitionDepth() == 2
                    && a.transitionWidth() >= 3, 0.5);
        });
        assertEquals(List.of(
                "1,1,0,1,0 seed 0", "1,2,8,1,0 seed 0", "1,1,0,2,8 seed 0", "1,2,8,2,8 seed 0",
                "2,1,0,1,0 seed 0", "2,2,8,1,0 seed 0", "2,1,0,2,8 seed 0", "2,2,8,2,8 seed 0",
                "3,1,0,1,0 seed 0", "3,2,12,1,0 seed 0", "3,1,0,2,12 seed 0", "3,2,12,2,12 seed 0",
                "4,1,0,1,0 seed 0", "4,2,16,1,0 seed 0", "4,1,0,2,16 seed 0", "4,2,16,2,16 seed 0",
                "1,1,0,1,0 one-hot -> categorical seed 0", "1,2,8,1,0 one-hot -> categorical seed 0",
                "1,1,0,2,8 one-hot -> categorical seed 0", "1,2,8,2,8 one-hot -> categorical seed 0",
                "6,1,0,1,0 seed 0", "6,2,24,1,0 seed 0", "6,1,0,2,24 seed 0", "6,2,24,2,24 seed 0",
                "2,1,0,1,0 one-hot -> categorical seed 0", "2,2,8,1,0 one-hot -> categorical seed 0"),
                texts(run.trained().subList(0, 26)));
        List<TrialKey> narrowing = run.trained().subList(26, run.trained().size());
        assertTrue(!narrowing.isEmpty() && narrowing.stream().allMatch(k -> k.track().equals(SYMBOLIC)), texts(narrowing)::toString);
        assertEquals(Optional.of(new Candidate(SYMBOLIC, Architecture.parse("2,2,3,1,0"))), run.candidate());
    }

    @Test
    void theFirstTrackWinsARungBothCouldWin() {
        LadderPlan plan = new LadderPlan(Ladder.DEFAULT, 128, List.of(SYMBOLIC, SCALAR), List.of());
        Simulation.Run run = Simulation.run(plan, PlansTest.SEEDS, key -> new TrialOutcome(key.architecture().hiddenDim() >= 2, 0.5));
        assertEquals(Optional.of(new Candidate(SYMBOLIC, Architecture.linear(2))), run.candidate());
        assertTrue(run.trained().stream().noneMatch(k -> k.track().equals(SCALAR) && k.architecture().hiddenDim() >= 2),
                texts(run.trained())::toString);
    }

    @Test
    void pointedCandidatesAreTriedBeforeTheClimbAndASuccessIsNarrowed() {
        // Linear from n = 5 on: the data pointed at linear 5 and 6.
        List<Candidate> pointed = List.of(new Candidate(SCALAR, Architecture.linear(5)), new Candidate(SCALAR, Architecture.linear(6)));
        LadderPlan plan = new LadderPlan(Ladder.DEFAULT, 128, List.of(SCALAR, SYMBOLIC), pointed);
        Simulation.Run run = Simulation.run(plan, PlansTest.SEEDS, key -> new TrialOutcome(
                key.track().equals(SCALAR) && key.architecture().transitionDepth() == 1 && key.architecture().readoutDepth() == 1
                        && key.architecture().hiddenDim() >= 5, 0.5));
        assertEquals("5,1,0,1,0 seed 0", run.trained().get(0).toString());
        assertEquals(Optional.of(new Candidate(SCALAR, Architecture.linear(5))), run.candidate());
        // The narrowing bisects (0, 5] over linear networks; no rung of the climb is trained.
        assertTrue(run.trained().stream().allMatch(k -> k.track().equals(SCALAR) && k.architecture().transitionDepth() == 1
                && k.architecture().readoutDepth() == 1 && k.architecture().hiddenDim() <= 5), texts(run.trained())::toString);
        assertTrue(run.trained().size() <= 4, texts(run.trained())::toString);
    }

    @Test
    void pointedCandidatesThatFailLeaveTheClimbAsItWas() {
        List<Candidate> pointed = List.of(new Candidate(SCALAR, Architecture.linear(3)), new Candidate(SCALAR, Architecture.linear(4)));
        LadderPlan plan = new LadderPlan(Ladder.DEFAULT, 128, List.of(SCALAR), pointed);
        Simulation.Run run = Simulation.run(plan, PlansTest.SEEDS, key -> new TrialOutcome(key.architecture().transitionDepth() == 2, 0.5));
        assertEquals(List.of("3,1,0,1,0 seed 0", "4,1,0,1,0 seed 0", "1,1,0,1,0 seed 0", "1,2,8,1,0 seed 0"),
                texts(run.trained().subList(0, 4)));
        assertEquals(Optional.of(Architecture.parse("1,2,1,1,0")), run.chosen());
    }

    @Test
    void pointedCandidatesBeyondTheLargestHiddenSizeAreDropped() {
        List<Candidate> pointed = List.of(new Candidate(SCALAR, Architecture.linear(12)));
        Simulation.Run run = Simulation.run(new LadderPlan(Ladder.DEFAULT, 8, List.of(SCALAR), pointed), PlansTest.SEEDS,
                key -> new TrialOutcome(true, 1));
        assertEquals(List.of("1,1,0,1,0 seed 0"), texts(run.trained()));
    }

    @Test
    void theLadderNeedsATrack() {
        assertThrows(IllegalArgumentException.class, () -> new LadderPlan(Ladder.DEFAULT, 128, List.of(), List.of()));
    }

    @Test
    void thePaperPlanStaysOnItsTrack() {
        Simulation.Run run = Simulation.run(new PaperPlan(ArchitectureOrder.PAPER, SYMBOLIC), SeedPolicy.PAPER,
                key -> new TrialOutcome(key.architecture().hiddenDim() >= 3, 0.5));
        assertEquals(Optional.of(new Candidate(SYMBOLIC, Architecture.linear(3))), run.candidate());
        assertTrue(run.trained().stream().allMatch(k -> k.track().equals(SYMBOLIC)));
    }
}
