package org.mips.autoencoders;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import de.learnlib.acex.AcexAnalyzers;
import de.learnlib.algorithm.ttt.mealy.TTTLearnerMealy;
import de.learnlib.filter.cache.mealy.MealyCacheOracle;
import de.learnlib.filter.cache.mealy.MealyCaches;
import de.learnlib.oracle.EquivalenceOracle;
import de.learnlib.oracle.equivalence.MealyCompleteExplorationEQOracle;
import de.learnlib.oracle.equivalence.MealyEQOracleChain;
import de.learnlib.oracle.equivalence.MealyRandomWordsEQOracle;
import de.learnlib.oracle.equivalence.SampleSetEQOracle;
import de.learnlib.query.DefaultQuery;
import net.automatalib.alphabet.Alphabet;
import net.automatalib.alphabet.impl.Alphabets;
import net.automatalib.automaton.transducer.MealyMachine;
import net.automatalib.word.Word;
import org.mips.spi.Outcome;
import org.mips.spi.represent.HiddenTrace;
import org.mips.spi.represent.Representation;
import org.mips.spi.represent.RepresentationDetector;
import org.pf4j.Extension;

/**
 * Reads the states by what the network does, not by where its hidden vectors lie: active automaton
 * learning (TTT, with LearnLib) with the network as the membership oracle. Where the hidden states
 * drift within each mode, so that no clustering, gap or lattice finds them, the network's behaviour
 * still has finitely many states within the lengths it was trained on.
 *
 * <p>Equivalence is checked on the trace's own sequences first, then on every word up to the trace's
 * sequence length where the alphabet allows ({@value #MAX_EXPLORED} words at most; a shorter depth
 * otherwise), then on {@value #RANDOM_WORDS} random words of up to that length (seeded). Learning gives
 * up with a reason past {@value #MAX_STATES} states (a counter keeps growing with length) or
 * {@value #MAX_STEPS} network steps. A hidden vector maps to a state through the learned machine's
 * characterising set ({@link BehaviouralStates}).
 *
 * <p>Needs a trace that carries the network's transition and readout ({@link HiddenTrace#runnable});
 * synthetic traces get a reason instead.
 */
@Extension
public final class BehaviourDetector implements RepresentationDetector {

    static final String ID = "behaviour";
    /** Most learned states. */
    static final int MAX_STATES = 256;
    /** Most distinct input steps: each is a symbol of the learned machine. */
    static final int MAX_SYMBOLS = 64;
    /** Most words the exhaustive equivalence check explores. */
    static final int MAX_EXPLORED = 20_000;
    /** Random words tried after the exhaustive check. */
    static final int RANDOM_WORDS = 2_000;
    /** Network steps the learning may take in all. */
    static final long MAX_STEPS = 5_000_000;
    private static final long SEED = 20_261_203L;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Finite machine read from the network's behaviour: active automaton learning (TTT) with the network as oracle";
    }

    /**
     * Its states are bare labels until they are numbered: where another detector finds a lattice or a bit
     * code, that says more to the regressors. Measured: with the behavioural machine chosen by its shorter
     * description, Parity_Last2's program was verified but its proof no longer finished within 180 s.
     */
    @Override
    public boolean lastResort() {
        return true;
    }

    @Override
    public Outcome<Representation> detect(HiddenTrace trace) {
        return Guarded.detect(trace, this::find);
    }

    private Outcome<BehaviouralStates> find(HiddenTrace trace) {
        if (!trace.runnable()) {
            return Outcome.none("needs the network to run, and the trace carries no transition and readout");
        }
        Outcome<TraceStates> traced = TraceStates.of(trace);
        if (traced instanceof Outcome.None<TraceStates> none) {
            return Outcome.none(none.reason());
        }
        TraceStates states = traced.toOptional().orElseThrow();
        long[][] alphabet = alphabet(trace);
        if (alphabet.length > MAX_SYMBOLS) {
            return Outcome.none("the inputs take " + alphabet.length + " distinct steps, more than " + MAX_SYMBOLS + " symbols");
        }
        int[] rowSymbols = new int[trace.rows()];
        for (int r = 0; r < trace.rows(); r++) {
            rowSymbols[r] = Arrays.binarySearch(alphabet, states.input(r), Arrays::compare);
        }
        List<Word<Integer>> words = words(trace, rowSymbols);
        int length = words.stream().mapToInt(Word::size).max().orElse(0);
        NetworkRun network = new NetworkRun(trace.transition().orElseThrow(), trace.readout().orElseThrow(), alphabet, trace.hiddenDim());
        NetworkOracle counted = new NetworkOracle(network, MAX_STEPS);
        Alphabet<Integer> symbols = Alphabets.integers(0, alphabet.length - 1);
        // Every equivalence round asks the same words again: the cache answers them without running the network.
        MealyCacheOracle<Integer, List<Long>> oracle = MealyCaches.createTreeCache(symbols, counted);
        TTTLearnerMealy<Integer, List<Long>> learner = new TTTLearnerMealy<>(symbols, oracle, AcexAnalyzers.BINARY_SEARCH_BWD);
        try {
            SampleSetEQOracle<Integer, Word<List<Long>>> traceWords = new SampleSetEQOracle<Integer, Word<List<Long>>>(false).addAll(oracle, words);
            EquivalenceOracle.MealyEquivalenceOracle<Integer, List<Long>> onTrace = traceWords::findCounterExample;
            MealyEQOracleChain<Integer, List<Long>> equivalence = new MealyEQOracleChain<>(
                    onTrace,
                    new MealyCompleteExplorationEQOracle<>(oracle, 1, explorationDepth(alphabet.length, length)),
                    new MealyRandomWordsEQOracle<>(oracle, 1, Math.max(1, length), RANDOM_WORDS, new Random(SEED)));
            learner.startLearning();
            while (true) {
                MealyMachine<?, Integer, ?, List<Long>> hypothesis = learner.getHypothesisModel();
                if (hypothesis.size() > MAX_STATES) {
                    return Outcome.none("the network's behaviour needs more than " + MAX_STATES + " states up to length " + length
                            + " (a counter that keeps growing with length?)");
                }
                DefaultQuery<Integer, Word<List<Long>>> counterexample = equivalence.findCounterExample(hypothesis, symbols);
                if (counterexample == null) {
                    break;
                }
                learner.refineHypothesis(counterexample);
            }
        } catch (NetworkOracle.Exhausted e) {
            return Outcome.none("learning stopped, " + e.getMessage() + ", at a hypothesis of "
                    + learner.getHypothesisModel().size() + " states");
        }
        LearnedMachine machine = LearnedMachine.of(learner.getHypothesisModel(), symbols);
        BehaviouralStates found = BehaviouralStates.of(id(), network, machine, states, rowSymbols);
        return Consistency.scored(found, states, found::withDescriptionLength,
                "the learned " + machine.size() + "-state machine");
    }

    /** The distinct input steps of the trace, in lexicographic order. */
    static long[][] alphabet(HiddenTrace trace) {
        Set<long[]> steps = new TreeSet<>(Arrays::compare);
        int d = trace.inputDim();
        for (int r = 0; r < trace.rows(); r++) {
            steps.add(Arrays.copyOfRange(trace.inputs(), r * d, (r + 1) * d));
            if (steps.size() > MAX_SYMBOLS) {
                break;
            }
        }
        return steps.toArray(long[][]::new);
    }

    /** The trace's sequences as words over the alphabet's indices ({@code symbols}, one per row), each once, in trace order. */
    static List<Word<Integer>> words(HiddenTrace trace, int[] symbols) {
        Set<Word<Integer>> words = new LinkedHashSet<>();
        List<Integer> current = new ArrayList<>();
        for (int r = 0; r < trace.rows(); r++) {
            if (trace.steps()[r] == 0 && !current.isEmpty()) {
                words.add(Word.fromList(current));
                current = new ArrayList<>();
            }
            current.add(symbols[r]);
        }
        if (!current.isEmpty()) {
            words.add(Word.fromList(current));
        }
        return List.copyOf(words);
    }

    /** The deepest exhaustive exploration within {@value #MAX_EXPLORED} words, at most {@code length}, at least 1. */
    static int explorationDepth(int symbols, int length) {
        int depth = 1;
        long words = symbols;
        long level = symbols;
        while (depth < length) {
            level *= symbols;
            if (words + level > MAX_EXPLORED) {
                break;
            }
            words += level;
            depth++;
        }
        return depth;
    }

}
