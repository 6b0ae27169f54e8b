package org.mips.autoencoders;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import de.learnlib.oracle.MembershipOracle;
import de.learnlib.query.Query;
import net.automatalib.word.Word;

/**
 * The network as LearnLib's membership oracle: a query's answer is what the network writes on its
 * suffix after reading its prefix from {@code h = 0}. Input symbols are indices into the alphabet of
 * input steps; an output is the row of the network's rounded outputs.
 *
 * <p>Every step costs a forward pass, so the oracle counts them and gives up past a budget; a thread
 * interrupted by the detector's time limit gives up too. Not thread-safe (LearnLib queries it from one
 * thread).
 */
final class NetworkOracle implements MembershipOracle.MealyMembershipOracle<Integer, List<Long>> {

    /** Thrown when the budget of network steps is spent or the thread is interrupted. */
    static final class Exhausted extends RuntimeException {
        Exhausted(String message) {
            super(message, null, false, false);
        }
    }

    private final NetworkRun network;
    private final long budget;
    private long steps;

    /** @param budget network steps the oracle may take in all */
    NetworkOracle(NetworkRun network, long budget) {
        this.network = network;
        this.budget = budget;
    }

    long steps() {
        return steps;
    }

    @Override
    public void processQueries(Collection<? extends Query<Integer, Word<List<Long>>>> queries) {
        for (Query<Integer, Word<List<Long>>> query : queries) {
            double[] h = network.start();
            for (Integer symbol : query.getPrefix()) {
                h = step(h, symbol);
            }
            query.answer(Word.fromList(outputs(h, query.getSuffix())));
        }
    }

    private List<List<Long>> outputs(double[] h, Word<Integer> word) {
        List<List<Long>> out = new ArrayList<>(word.size());
        for (Integer symbol : word) {
            h = step(h, symbol);
            out.add(network.output(h));
        }
        return out;
    }

    private double[] step(double[] h, int symbol) {
        if (++steps > budget) {
            throw new Exhausted("more than " + budget + " network steps");
        }
        if ((steps & 0xFFF) == 0 && Thread.currentThread().isInterrupted()) {
            throw new Exhausted("interrupted after " + steps + " network steps");
        }
        return network.step(h, symbol);
    }
}
