package org.mips.testkit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs a contract test class with the JUnit Platform and tells, per test method of the contract, how many
 * of its tests failed (a test factory counts each dynamic test) and how many passed; a test skipped by an
 * assumption counts as neither.
 */
final class ContractRun {

    private final Map<String, Integer> failed = new TreeMap<>();
    private final Map<String, Integer> passed = new TreeMap<>();
    private final Map<String, String> firstFailure = new TreeMap<>();

    private ContractRun() {
    }

    /** Runs every test of {@code contract}, a concrete subclass of a contract test. */
    static ContractRun of(Class<?> contract) {
        ContractRun run = new ContractRun();
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request().selectors(selectClass(contract)).build();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(request, run.new Listener());
        return run;
    }

    /** The contract's test methods with at least one failed test. */
    Set<String> failedMethods() {
        return new TreeSet<>(failed.keySet());
    }

    /** How many tests of {@code method} failed. */
    int failures(String method) {
        return failed.getOrDefault(method, 0);
    }

    /** How many tests of {@code method} passed. */
    int passes(String method) {
        return passed.getOrDefault(method, 0);
    }

    @Override
    public String toString() {
        return "failed " + failed + ", passed " + passed + ", first failures " + firstFailure;
    }

    private final class Listener implements TestExecutionListener {

        private TestPlan plan;

        @Override
        public void testPlanExecutionStarted(TestPlan testPlan) {
            plan = testPlan;
        }

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            if (!test.isTest()) {
                return;
            }
            String method = method(test);
            if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
                passed.merge(method, 1, Integer::sum);
            } else if (result.getStatus() == TestExecutionResult.Status.FAILED) {
                failed.merge(method, 1, Integer::sum);
                firstFailure.putIfAbsent(method, result.getThrowable().map(Throwable::toString).orElse("?"));
            }
        }

        /** The method of the test, or of the factory that made it. */
        private String method(TestIdentifier test) {
            Optional<TestIdentifier> at = Optional.of(test);
            while (at.isPresent()) {
                if (at.get().getSource().orElse(null) instanceof MethodSource source) {
                    return source.getMethodName();
                }
                at = plan.getParent(at.get());
            }
            return test.getDisplayName();
        }
    }
}
