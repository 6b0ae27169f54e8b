package org.mips.tasks;

import static org.mips.tasks.BenchmarkTask.task;
import static org.mips.tasks.References.bit;
import static org.mips.tasks.References.count;

import java.util.ArrayList;
import java.util.List;

/** Tasks over small integers: values, differences, extremes, counts and delays. */
final class NumberTasks {

    private NumberTasks() {
    }

    static List<BenchmarkTask> all() {
        List<BenchmarkTask> tasks = new ArrayList<>();
        tasks.add(task("Abs_Current", "rnn_abs_value_numerical")
                .describe("Absolute value of the input")
                .inputs(1, -100, 99)
                .reference(References.each(Math::abs))
                .spec(Spec.program("abs_current").input("x", -100, 99).output("y", "abs(x)"))
                .build());
        tasks.add(task("Abs_Diff", "rnn_abs_value_of_diff_numerical")
                .describe("Absolute difference of the input and the previous one (0 before the start)")
                .inputs(1, -100, 99)
                .reference(References.window(2, w -> Math.abs(w[1] - w[0])))
                .spec(Spec.program("abs_diff").input("x", -100, 99).delayLine("x", 2).output("y", "abs(lag0 - lag1)"))
                .build());
        tasks.add(task("Current_Number", "rnn_identity_numerical")
                .describe("The input itself")
                .inputs(1, 0, 99)
                .reference(References.each(v -> v))
                .spec(Spec.program("current_number").input("x", 0, 99).output("y", "x"))
                .build());
        tasks.add(task("Diff_Abs_Values", "rnn_diff_of_abs_value_numerical")
                .describe("Absolute value of the input minus that of the previous one")
                .inputs(1, -100, 99)
                .reference(References.window(2, w -> Math.abs(w[1]) - Math.abs(w[0])))
                .spec(Spec.program("diff_abs_values").input("x", -100, 99).delayLine("x", 2)
                        .output("y", "abs(lag0) - abs(lag1)"))
                .build());
        tasks.add(task("Diff_Last2", "rnn_diff_last2_numerical")
                .describe("The input minus the previous one")
                .inputs(1, -100, 99)
                .reference(References.window(2, w -> w[1] - w[0]))
                .spec(Spec.program("diff_last2").input("x", -100, 99).delayLine("x", 2).output("y", "lag0 - lag1"))
                .build());
        tasks.add(task("Evens_Counter", "rnn_evens_counter_numerical")
                .describe("Number of even inputs so far")
                .inputs(1, 0, 9).steps(20_000)
                .reference(References.prefix((p, n) -> {
                    long evens = 0;
                    for (int t = 0; t < n; t++) {
                        evens += p[t] % 2 == 0 ? 1 : 0;
                    }
                    return evens;
                }))
                .spec(Spec.program("evens_counter").input("x", 0, 9).state("evens", 0, "evens + (x % 2 == 0)").output("y", "evens"))
                .build());
        tasks.add(task("Evens_Detector", "rnn_evens_detector_numerical")
                .describe("1 when the input is even")
                .inputs(1, 0, 9).steps(20_000)
                .reference(References.each(v -> bit(v % 2 == 0)))
                .spec(Spec.program("evens_detector").input("x", 0, 9).output("y", "x % 2 == 0"))
                .build());
        tasks.add(majority(1, Spec.program("majority_0_1").input("x", 0, 1)
                .state("lead", 0, "lead + 2 * x - 1").output("y", "lead > 0")));
        tasks.add(majority(2, Spec.program("majority_0_2").input("x", 0, 2)
                .state("zeros", 0, "zeros + (x == 0)").state("ones", 0, "ones + (x == 1)").state("twos", 0, "twos + (x == 2)")
                .output("y", "0 if zeros >= ones and zeros >= twos else 1 if ones >= twos else 2")));
        tasks.add(majority(3, Spec.program("majority_0_3").input("x", 0, 3)
                .state("zeros", 0, "zeros + (x == 0)").state("ones", 0, "ones + (x == 1)")
                .state("twos", 0, "twos + (x == 2)").state("threes", 0, "threes + (x == 3)")
                .output("y", "0 if zeros >= ones and zeros >= twos and zeros >= threes"
                        + " else 1 if ones >= twos and ones >= threes else 2 if twos >= threes else 3")));
        tasks.add(task("Max_Seen", "rnn_max_numerical")
                .describe("Largest input so far")
                .inputs(1, 0, 99).steps(20_000)
                .reference(References.prefix(References::max))
                .spec(Spec.program("max_seen").input("x", 0, 99).state("largest", 0, "max(largest, x)").output("y", "largest"))
                .build());
        tasks.add(task("Min_Seen", "rnn_min_numerical")
                .describe("Smallest input so far")
                .inputs(1, 0, 9).steps(20_000)
                .reference(References.prefix(References::min))
                // 9 is the largest input, so min(9, x_0) = x_0.
                .spec(Spec.program("min_seen").input("x", 0, 9).state("smallest", 9, "min(smallest, x)").output("y", "smallest"))
                .build());
        tasks.add(task("Perfect_Square_Detector", "rnn_perfect_square_detector_numerical")
                .describe("1 when the input is a perfect square")
                .inputs(1, 0, 19).steps(20_000)
                .reference(References.each(v -> bit(Math.round(Math.sqrt(v)) * Math.round(Math.sqrt(v)) == v)))
                .spec(Spec.program("perfect_square_detector").input("x", 0, 19)
                        .output("y", "x == 0 or x == 1 or x == 4 or x == 9 or x == 16"))
                .build());
        for (int k = 1; k <= 5; k++) {
            tasks.add(task("Prev" + k, "rnn_prev" + k + "_numerical")
                    .describe("The input " + k + " step" + (k == 1 ? "" : "s") + " ago (0 before the start)")
                    .inputs(1, 0, 99).length(k == 5 ? 20 : 10)
                    .reference(References.window(k + 1, w -> w[0]))
                    .spec(Spec.program("prev" + k).input("x", 0, 99).delayLine("x", k + 1).output("y", "lag" + k))
                    .build());
        }
        tasks.add(task("Previous_Equals_Current", "rnn_unique2_numerical")
                .describe("1 when the input equals the previous one (0 before the start); repeated sequences removed")
                .inputs(1, 0, 7).deduplicate()
                .reference(References.window(2, w -> bit(w[0] == w[1])))
                .spec(Spec.program("previous_equals_current").input("x", 0, 7).delayLine("x", 2).output("y", "lag0 == lag1"))
                .build());
        return tasks;
    }

    /** The most frequent value so far among {@code 0..top}, ties going to the smallest. */
    private static BenchmarkTask majority(int top, Spec spec) {
        return task("Majority_0_" + top, "rnn_majority0_" + top + "_numerical")
                .describe("Most frequent input so far among 0.." + top + ", ties to the smallest")
                .inputs(1, 0, top).steps(20_000)
                .reference(References.prefix((p, n) -> {
                    long best = 0;
                    for (long v = 1; v <= top; v++) {
                        if (count(p, n, v) > count(p, n, best)) {
                            best = v;
                        }
                    }
                    return best;
                }))
                .spec(spec)
                .build();
    }
}
