package org.mips.testkit;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/** Runs a contract's dynamic tests in place and counts those that fail, for the tests that guard the contracts. */
final class DynamicTestFailures {

    private DynamicTestFailures() {
    }

    /** How many of the dynamic tests fail an assertion; anything else they throw is a broken test, rethrown. */
    static long count(Stream<DynamicTest> tests) {
        return tests.filter(test -> {
            try {
                test.getExecutable().execute();
                return false;
            } catch (AssertionError expected) {
                return true;
            } catch (Throwable other) {
                throw new IllegalStateException(other);
            }
        }).count();
    }
}
