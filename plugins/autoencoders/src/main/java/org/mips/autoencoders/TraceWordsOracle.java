package org.mips.autoencoders;

import java.util.Collection;
import java.util.List;
import de.learnlib.oracle.EquivalenceOracle;
import de.learnlib.oracle.MembershipOracle;
import de.learnlib.query.DefaultQuery;
import net.automatalib.automaton.transducer.MealyMachine;
import net.automatalib.word.Word;

/**
 * Equivalence checked on given words, the task's own sequences: the first on which the hypothesis and
 * the network write different outputs is the counterexample.
 */
final class TraceWordsOracle implements EquivalenceOracle.MealyEquivalenceOracle<Integer, List<Long>> {

    private final MembershipOracle.MealyMembershipOracle<Integer, List<Long>> network;
    private final List<Word<Integer>> words;

    TraceWordsOracle(MembershipOracle.MealyMembershipOracle<Integer, List<Long>> network, List<Word<Integer>> words) {
        this.network = network;
        this.words = List.copyOf(words);
    }

    @Override
    public DefaultQuery<Integer, Word<List<Long>>> findCounterExample(MealyMachine<?, Integer, ?, List<Long>> hypothesis,
            Collection<? extends Integer> inputs) {
        for (Word<Integer> word : words) {
            Word<List<Long>> expected = network.answerQuery(word);
            if (!hypothesis.computeOutput(word).equals(expected)) {
                return new DefaultQuery<>(Word.epsilon(), word, expected);
            }
        }
        return null;
    }
}
