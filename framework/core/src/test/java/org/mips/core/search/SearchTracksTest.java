package org.mips.core.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mips.core.search.ScriptedBackend.Act;
import org.mips.spi.encode.Encodings;
import org.mips.spi.encode.InputCode;
import org.mips.spi.encode.OutputCode;
import org.mips.spi.network.Architecture;
import org.mips.spi.network.Network;
import org.mips.spi.training.Evaluation;
import org.mips.spi.training.StopReason;
import org.mips.spi.training.TrainingBackend;
import org.mips.spi.training.TrainingListener;
import org.mips.spi.training.TrainingRequest;
import org.mips.spi.training.TrainingResult;

/** The search on worker threads over two tracks: what it trains each candidate with, and what it records. */
class SearchTracksTest {

    private static final SearchSettings SETTINGS = SearchSettings.defaults().withBudget(Duration.ofMinutes(1))
            .withGrace(Duration.ofSeconds(5)).withWorkers(1);
    private static final Track SCALAR = PlansTest.SCALAR;
    private static final Encodings SYMBOLS = new Encodings(List.of(InputCode.Symbols.oneHot("one-hot", List.of(0L, 1L, 2L))),
            List.of(new OutputCode.Categorical(List.of(0L, 1L, 2L))));
    private static final Track SYMBOLIC = Track.of(SYMBOLS);
    private static final DataSurvey.Findings FINDINGS = new DataSurvey.Findings(List.of(3), List.of(3), null, null, null, null, null, null, null, null,
            List.of(SCALAR.id(), SYMBOLIC.id()), List.of(), List.of());
    private static final DataSurvey.Plan TWO_TRACKS = new DataSurvey.Plan(List.of(SCALAR, SYMBOLIC), List.of(), SCALAR, FINDINGS);

    @Test
    void eachTrialIsTrainedWithItsTracksEncodingsAndTheChoiceRecordsThem() {
        ScriptedBackend backend = new ScriptedBackend(key -> key.track().equals(SYMBOLIC) && key.architecture().hiddenDim() >= 2
                ? Act.succeeds() : Act.fails(0.5));
        SearchOutcome outcome = new ArchitectureSearch(backend, SETTINGS).run("Scripted_Task", ScriptedBackend.request(), TWO_TRACKS,
                SearchListener.none());
        SearchResult result = outcome.result();
        assertEquals("2,1,0,1,0", result.chosen().architecture());
        assertEquals("one-hot -> categorical", result.chosen().encodings());
        assertEquals(SYMBOLS, outcome.network().orElseThrow().encodings());
        assertEquals(FINDINGS, result.survey());
        assertEquals(Set.of("scalar", "one-hot -> categorical"),
                result.trials().stream().map(TrialRecord::encodings).collect(Collectors.toSet()));
        for (int i = 0; i < result.trials().size(); i++) {
            assertEquals(backend.calls().get(i).track().id(), result.trials().get(i).encodings(), "trial " + (i + 1));
        }
    }

    @Test
    void theScalarPlanRecordsTheScalarTrackAndNoSurvey() {
        ScriptedBackend backend = new ScriptedBackend(key -> Act.succeeds());
        SearchResult result = new ArchitectureSearch(backend, SETTINGS).run("Scripted_Task", ScriptedBackend.request(),
                SearchListener.none()).result();
        assertEquals("scalar", result.chosen().encodings());
        assertEquals(List.of("scalar"), result.survey().tracks());
        assertNull(result.survey().linearWindow());
    }

    /** Knows nothing of encodings: perfect at once, with a scalar network whatever the request's encodings. */
    private static final class ScalarOnly implements TrainingBackend {
        @Override
        public String id() {
            return "scalar-only";
        }

        @Override
        public String description() {
            return "scalar networks only";
        }

        @Override
        public TrainingResult train(TrainingRequest request, TrainingListener listener) {
            Architecture a = request.architecture();
            int in = request.dataset().inputDimension();
            int out = request.dataset().outputDimension();
            TrainingRequest scalar = request.withEncodings(Encodings.scalar(in, out));
            Evaluation evaluation = new Evaluation(100, 0.1, 0.1, 1);
            listener.onEvaluation(evaluation);
            Network network = ScriptedBackend.network(scalar);
            return new TrainingResult(network, List.of(evaluation), OptionalInt.of(100), 100, StopReason.PERFECT);
        }
    }

    @Test
    void aNetworkWithoutTheTracksEncodingsFailsItsTrialSayingWhy() {
        TrialRunner runner = new TrialRunner(new ScalarOnly(), ScriptedBackend.request(), System.nanoTime(), 0);
        TrialRunner.Finished symbolic = runner.run(new Trial(1, new TrialKey(new Candidate(SYMBOLIC, Architecture.linear(1)), 0),
                System.nanoTime()));
        assertEquals(TrialStop.FAILED, symbolic.record().stop());
        assertEquals("IllegalStateException: backend 'scalar-only' returned a network with encodings scalar, not the requested "
                + "one-hot -> categorical", symbolic.record().reason());
        assertEquals(new TrialOutcome(false, 1), symbolic.outcome(), "a failed seed, though its evaluations looked perfect");
        TrialRunner.Finished scalar = runner.run(new Trial(2, new TrialKey(new Candidate(SCALAR, Architecture.linear(1)), 0),
                System.nanoTime()));
        assertEquals(TrialStop.PERFECT, scalar.record().stop());
        assertTrue(scalar.outcome().perfect());
    }
}
