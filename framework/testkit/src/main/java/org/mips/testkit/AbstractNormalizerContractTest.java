package org.mips.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.mips.spi.network.Network;
import org.mips.spi.normalize.Normalizer;
import org.mips.spi.normalize.NormalizerContext;

/**
 * The contract every {@link Normalizer} must meet. A plugin's test extends this class, returns its
 * normalizer and says whether it is {@link Exactness#EXACT} (a change of hidden basis, which preserves
 * the function) or {@link Exactness#APPROXIMATE} (quantisation, de-biasing). On every network of
 * {@link ContractNetworks} the normalizer must not throw, must keep the architecture and dimensions,
 * return finite weights, leave its input alone and be deterministic; an exact one must also give the
 * same outputs to within 1e-9 of their magnitude on random integer sequences of up to 20 steps.
 */
public abstract class AbstractNormalizerContractTest {

    /** Whether a normalizer promises to preserve the network's function. */
    public enum Exactness { EXACT, APPROXIMATE }

    private static final double RELATIVE_TOLERANCE = 1e-9;
    private static final int SEQUENCES = 30;
    private static final int MAX_LENGTH = 20;
    private static final long SEED = 20_260_301L;

    /** The normalizer under test; may return a new instance on every call. */
    protected abstract Normalizer normalizer();

    protected abstract Exactness exactness();

    /** The networks the contract runs; a subclass may add its own. */
    protected List<ContractNetworks.Case> networks() {
        return ContractNetworks.all();
    }

    /** The sample of inputs the normalizer sees: 64 sequences of 10 steps with values 0 to 3. */
    protected NormalizerContext context(Network network) {
        return SampleNormalizerContext.random(network.inputDim(), 64, 10, 3, SEED);
    }

    /** The context of the empty-sample test: no input sequences at all. */
    protected NormalizerContext emptyContext(Network network) {
        return SampleNormalizerContext.empty(network.inputDim());
    }

    @TestFactory
    Stream<DynamicTest> keepsTheShapeAndReturnsFiniteWeights() {
        return forEachNetwork((network, normalized) -> {
            assertNotNull(normalized, "normalize returned null");
            assertEquals(network.architecture(), normalized.architecture(), "architecture");
            assertEquals(network.inputDim(), normalized.inputDim(), "input dimension");
            assertEquals(network.outputDim(), normalized.outputDim(), "output dimension");
            Optional<String> nonFinite = NetworkComparison.firstNonFinite(normalized);
            assertFalse(nonFinite.isPresent(), () -> nonFinite.get());
        });
    }

    @TestFactory
    Stream<DynamicTest> preservesTheOutputsWhenExact() {
        assumeTrue(exactness() == Exactness.EXACT, "an approximate normalizer may change the outputs");
        return forEachNetwork((network, normalized) -> {
            List<long[][]> inputs = ContractNetworks.randomSequences(network.inputDim(), SEQUENCES, MAX_LENGTH, SEED);
            Optional<String> difference = NetworkComparison.firstDifference(network, normalized, inputs, RELATIVE_TOLERANCE);
            assertFalse(difference.isPresent(), () -> difference.get());
        });
    }

    @TestFactory
    Stream<DynamicTest> isDeterministicAndLeavesItsInputAlone() {
        List<ContractNetworks.Case> first = networks();
        List<ContractNetworks.Case> second = networks();
        List<ContractNetworks.Case> untouched = networks();
        return IntStream.range(0, first.size()).mapToObj(i -> DynamicTest.dynamicTest(first.get(i).name(), () -> {
            Network network = first.get(i).network();
            assertEquals(untouched.get(i).network(), network, "networks() must build equal networks");
            Network once = normalizer().normalize(network, context(network));
            Network twice = normalizer().normalize(second.get(i).network(), context(network));
            assertEquals(once, twice, "two normalizations of equal networks differ");
            assertEquals(untouched.get(i).network(), network, "normalize changed the network it was given");
        }));
    }

    @TestFactory
    Stream<DynamicTest> copesWithAnEmptyInputSample() {
        return networks().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Network network = c.network();
            Network normalized = normalizer().normalize(network, emptyContext(network));
            assertEquals(network.architecture(), normalized.architecture(), "architecture");
            if (exactness() == Exactness.EXACT) {
                List<long[][]> inputs = ContractNetworks.randomSequences(network.inputDim(), 5, MAX_LENGTH, SEED);
                Optional<String> difference = NetworkComparison.firstDifference(network, normalized, inputs, RELATIVE_TOLERANCE);
                assertFalse(difference.isPresent(), () -> difference.get());
            }
        }));
    }

    @Test
    void idIsNonBlankLowerCase() {
        String id = normalizer().id();
        assertFalse(id == null || id.isBlank(), "blank id");
        assertEquals(id.toLowerCase(Locale.ROOT), id, "id must be lower case");
        assertFalse(normalizer().description().isBlank(), "blank description");
    }

    private interface Check {
        void check(Network network, Network normalized) throws Throwable;
    }

    private Stream<DynamicTest> forEachNetwork(Check check) {
        return networks().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> {
            Network network = c.network();
            check.check(network, normalizer().normalize(network, context(network)));
        }));
    }
}
