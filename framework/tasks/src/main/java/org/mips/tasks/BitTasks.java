package org.mips.tasks;

import static org.mips.tasks.BenchmarkTask.task;
import static org.mips.tasks.References.bit;
import static org.mips.tasks.References.count;
import static org.mips.tasks.References.sum;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Tasks over bit streams: logic gates, parities, patterns and brackets. */
final class BitTasks {

    private BitTasks() {
    }

    static List<BenchmarkTask> all() {
        List<BenchmarkTask> tasks = new ArrayList<>();
        tasks.add(alternating(3));
        tasks.add(alternating(4));
        tasks.add(task("Balanced_Parenthesis", "rnn_balanced_parenthesis_numerical")
                .describe("1 when the brackets so far are balanced and never closed too early (0 = '(', 1 = ')')")
                .inputs(1, 0, 1).steps(20_000)
                .reference(References.prefix((p, n) -> {
                    long depth = 0;
                    for (int t = 0; t < n; t++) {
                        depth += p[t] == 0 ? 1 : -1;
                        if (depth < 0) {
                            return 0;
                        }
                    }
                    return bit(depth == 0);
                }))
                .spec(Spec.program("balanced_parenthesis").input("x", 0, 1)
                        .state("depth", 0, "depth + 1 - 2 * x")
                        .state("valid", 1, "valid and depth + 1 - 2 * x >= 0")
                        .output("y", "valid and depth == 0"))
                .build());
        // No specification: whether the prefix is a palindrome depends on all of it, which no
        // finite or counter state summarises.
        tasks.add(task("Bit_Palindrome", "rnn_bit_palindromes_numerical")
                .describe("1 when the bits so far read the same backwards (no finite-state specification)")
                .inputs(1, 0, 1).steps(20_000)
                .sampler(InputSampler.palindromePrefix())
                .reference(References.prefix((p, n) -> {
                    for (int i = 0, j = n - 1; i < j; i++, j--) {
                        if (p[i] != p[j]) {
                            return 0;
                        }
                    }
                    return 1;
                }))
                .build());
        tasks.add(task("Bit_Shift_Right", "rnn_bit_shift_right_numerical")
                .describe("The previous bit (0 at the start)")
                .inputs(1, 0, 1).steps(20_000)
                .reference(References.window(2, w -> w[0]))
                .spec(Spec.program("bit_shift_right").input("x", 0, 1).delayLine("x", 2).output("y", "lag1"))
                .build());
        tasks.add(gate("Bitwise_And", "rnn_bitwise_and", "a and b", "1 when both bits are 1", (a, b) -> a * b));
        tasks.add(task("Bitwise_Not", "rnn_bitwise_not")
                .describe("The bit inverted")
                .inputs(1, 0, 1)
                .reference(References.each(v -> 1 - v))
                .spec(Spec.program("bitwise_not").input("x", 0, 1).output("y", "not x"))
                .build());
        tasks.add(gate("Bitwise_Or", "rnn_bitwise_or", "a or b", "1 when either bit is 1", (a, b) -> bit(a + b > 0)));
        tasks.add(gate("Bitwise_Xor", "rnn_bitwise_xor", "a ^ b", "1 when exactly one bit is 1", (a, b) -> bit(a + b == 1)));
        tasks.add(task("Parity_All", "rnn_parity_numerical")
                .describe("Parity of the number of 1s so far")
                .inputs(1, 0, 1)
                .reference(References.prefix((p, n) -> sum(p, n) % 2))
                .spec(Spec.program("parity_all").input("x", 0, 1).state("parity", 0, "parity ^ x").output("y", "parity"))
                .build());
        tasks.add(task("Parity_Bits_Mod2", "rnn_parity_of_index_numerical")
                .describe("Parity of the step index: 0, 1, 0, 1, ... (the input is ignored)")
                .inputs(1, 0, 1).steps(20_000)
                .reference(References.prefix((p, n) -> (n - 1) % 2))
                .spec(Spec.program("parity_bits_mod2").input("x", 0, 1).state("odd", 1, "1 - odd").output("y", "odd"))
                .build());
        for (int k = 2; k <= 4; k++) {
            tasks.add(parityLast(k));
        }
        tasks.add(task("Parity_Zeros", "rnn_parity_of_zeros_numerical")
                .describe("Parity of the number of 0s so far")
                .inputs(1, 0, 1).steps(20_000)
                .reference(References.prefix((p, n) -> count(p, n, 0) % 2))
                .spec(Spec.program("parity_zeros").input("x", 0, 1).state("parity", 0, "parity ^ (x == 0)").output("y", "parity"))
                .build());
        return tasks;
    }

    private static BenchmarkTask alternating(int k) {
        String alternates = IntStream.range(1, k).mapToObj(j -> "lag" + j + " != lag" + (j - 1))
                .collect(Collectors.joining(" and "));
        return task("Alternating_Last" + k, "rnn_alternating_last" + k + "_numerical")
                .describe("1 when the last " + k + " bits alternate (zeros before the start)")
                .inputs(1, 0, 1).steps(20_000)
                .reference(References.window(k, w -> {
                    for (int j = 1; j < k; j++) {
                        if (w[j] == w[j - 1]) {
                            return 0;
                        }
                    }
                    return 1;
                }))
                .spec(Spec.program("alternating_last" + k).input("x", 0, 1).delayLine("x", k).output("y", alternates))
                .build();
    }

    private static BenchmarkTask gate(String id, String alias, String formula, String description,
            java.util.function.LongBinaryOperator f) {
        return task(id, alias)
                .describe(description)
                .inputs(2, 0, 1)
                .reference(References.each2(f))
                .spec(Spec.program(id.toLowerCase()).input("a", 0, 1).input("b", 0, 1).output("y", formula))
                .build();
    }

    private static BenchmarkTask parityLast(int k) {
        String window = IntStream.range(0, k).mapToObj(j -> "lag" + j).collect(Collectors.joining(" ^ "));
        return task("Parity_Last" + k, "rnn_parity_last" + k + "_numerical")
                .describe("Parity of the last " + k + " bits")
                .inputs(1, 0, 1)
                .reference(References.window(k, w -> sum(w) % 2))
                .spec(Spec.program("parity_last" + k).input("x", 0, 1).delayLine("x", k).output("y", window))
                .build();
    }
}
