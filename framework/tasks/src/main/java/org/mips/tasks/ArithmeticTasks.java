package org.mips.tasks;

import static org.mips.tasks.BenchmarkTask.task;
import static org.mips.tasks.References.sum;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.mips.spi.prove.Property;

/** Sums, digits and physics: the tasks whose state is an integer counter or a carry. */
final class ArithmeticTasks {

    private ArithmeticTasks() {
    }

    static List<BenchmarkTask> all() {
        List<BenchmarkTask> tasks = new ArrayList<>();
        for (int k = 3; k <= 8; k++) {
            tasks.add(addMod(k));
        }
        for (int base = 3; base <= 7; base++) {
            tasks.add(baseAddition(base, "Base_" + base + "_Addition", "rnn_base_" + base + "_addition", 20_000));
        }
        tasks.add(baseAddition(2, "Binary_Addition", "bit_addition", 10_000));
        tasks.add(task("Bit_Dot_Prod_Mod2", "rnn_bit_dot_prod_mod2_numerical")
                .describe("Parity of the dot product of two bit streams so far")
                .inputs(2, 0, 1).steps(20_000)
                .reference(x -> {
                    long[][] y = new long[x.length][1];
                    long products = 0;
                    for (int t = 0; t < x.length; t++) {
                        products += x[t][0] * x[t][1];
                        y[t][0] = products % 2;
                    }
                    return y;
                })
                .spec(Spec.program("bit_dot_prod_mod2").input("a", 0, 1).input("b", 0, 1)
                        .state("parity", 0, "(parity + a * b) % 2").output("y", "parity"))
                .build());
        for (int divisor : new int[] {3, 5, 7}) {
            tasks.add(division(divisor));
        }
        tasks.add(task("Dithering", "rnn_dithering_numerical")
                .describe("1 whenever the running sum passes a multiple of 15")
                .inputs(1, 0, 15).split(0.8)
                .reference(References.prefix((p, n) -> sum(p, n) / 15 - (sum(p, n) - p[n - 1]) / 15))
                // Only the sum modulo 15 matters: the state is finite.
                .spec(Spec.program("dithering").input("x", 0, 15)
                        .state("remainder", 0, "(remainder + x) % 15")
                        .state("crossed", 0, "(remainder + x) // 15")
                        .output("y", "crossed"))
                .build());
        tasks.addAll(newton());
        tasks.add(task("Sum_All", "rnn_sum_numerical")
                .describe("Running sum of the inputs")
                .inputs(1, 0, 99)
                .reference(References.prefix(References::sum))
                .spec(Spec.program("sum_all").input("x", 0, 99).state("total", 0, "total + x").output("y", "total"))
                .build());
        for (int k = 2; k <= 7; k++) {
            tasks.add(sumLast(k));
        }
        return tasks;
    }

    private static BenchmarkTask addMod(int k) {
        return task("Add_Mod_" + k, "rnn_add_mod_" + k + "_numerical")
                .describe("Running sum of the inputs modulo " + k)
                .inputs(1, 0, k - 1).split(0.8)
                .reference(References.prefix((p, n) -> sum(p, n) % k))
                .spec(Spec.program("add_mod_" + k).input("x", 0, k - 1)
                        .state("total", 0, "(total + x) % " + k).output("y", "total"))
                .build();
    }

    private static BenchmarkTask baseAddition(int base, String id, String alias, int steps) {
        return task(id, alias)
                .describe("Sum of two base-" + base + " numbers, least significant digit first, final carry dropped")
                .inputs(2, 0, base - 1).steps(steps)
                .reference(References.addition(base))
                .spec(Spec.program(id.toLowerCase()).input("a", 0, base - 1).input("b", 0, base - 1)
                        .state("digit", 0, "(a + b + carry) % " + base)
                        .state("carry", 0, "(a + b + carry) // " + base)
                        .output("y", "digit")
                        .property(new Property.SumOfInputs(base, "carry")))
                .build();
    }

    private static BenchmarkTask division(int divisor) {
        return task("Div_" + divisor, "rnn_div_" + divisor + "_numerical")
                .describe("Quotient bits of a binary number divided by " + divisor + ", most significant bit first")
                .inputs(1, 0, 1).split(0.8)
                .reference(References.division(divisor))
                .spec(Spec.program("div_" + divisor).input("x", 0, 1)
                        .state("remainder", 0, "(2 * remainder + x) % " + divisor)
                        .state("quotient", 0, "(2 * remainder + x) // " + divisor)
                        .output("y", "quotient"))
                .build();
    }

    private static List<BenchmarkTask> newton() {
        List<BenchmarkTask> tasks = new ArrayList<>();
        tasks.add(task("Newton_Freebody", "rnn_newton_freebody_numerical")
                .describe("Position of a body pushed by force x: velocity and position are running sums")
                .inputs(1, -10, 10).split(0.8)
                .reference(newtonReference(0))
                .spec(Spec.program("newton_freebody").input("x", -10, 10)
                        .state("velocity", 0, "velocity + x")
                        .state("position", 0, "position + velocity + x")
                        .output("y", "position"))
                .build());
        tasks.add(task("Newton_Gravity", "rnn_newton_gravity_numerical")
                .describe("Position of a body pushed by force x under unit gravity")
                .inputs(1, -10, 10).split(0.8)
                .reference(newtonReference(-1))
                .spec(Spec.program("newton_gravity").input("x", -10, 10)
                        .state("velocity", 0, "velocity + x - 1")
                        .state("position", 0, "position + velocity + x - 1")
                        .output("y", "position"))
                .build());
        tasks.add(task("Newton_Spring", "rnn_newton_spring_numerical")
                .describe("Position of a body on a unit spring pushed by force x")
                .inputs(1, -10, 10).split(0.8)
                .reference(x -> {
                    long[][] y = new long[x.length][1];
                    long velocity = 0;
                    long position = 0;
                    for (int t = 0; t < x.length; t++) {
                        velocity += x[t][0] - position;
                        position += velocity;
                        y[t][0] = position;
                    }
                    return y;
                })
                // position' = position + (velocity + x - position) = velocity + x
                .spec(Spec.program("newton_spring").input("x", -10, 10)
                        .state("velocity", 0, "velocity + x - position")
                        .state("position", 0, "velocity + x")
                        .output("y", "position"))
                .build());
        tasks.add(task("Newton_Magnetic", "rnn_newton_magnetic_numerical")
                .describe("2-D position of a charge pushed by force (fx, fy) in a unit magnetic field")
                .inputs(2, -10, 10).outputs(2).split(0.8)
                .reference(x -> {
                    long[][] y = new long[x.length][2];
                    long vx = 0;
                    long vy = 0;
                    long px = 0;
                    long py = 0;
                    for (int t = 0; t < x.length; t++) {
                        long ax = x[t][0] - vy;
                        long ay = x[t][1] + vx;
                        vx += ax;
                        vy += ay;
                        px += vx;
                        py += vy;
                        y[t][0] = px;
                        y[t][1] = py;
                    }
                    return y;
                })
                .spec(Spec.program("newton_magnetic").input("fx", -10, 10).input("fy", -10, 10)
                        .state("vx", 0, "vx + fx - vy")
                        .state("vy", 0, "vy + fy + vx")
                        .state("px", 0, "px + vx + fx - vy")
                        .state("py", 0, "py + vy + fy + vx")
                        .output("x", "px").output("y", "py"))
                .build());
        return tasks;
    }

    /** Velocity and position as running sums of the force {@code x + bias}. */
    private static org.mips.spi.task.Task.ReferenceFunction newtonReference(long bias) {
        return x -> {
            long[][] y = new long[x.length][1];
            long velocity = 0;
            long position = 0;
            for (int t = 0; t < x.length; t++) {
                velocity += x[t][0] + bias;
                position += velocity;
                y[t][0] = position;
            }
            return y;
        };
    }

    private static BenchmarkTask sumLast(int k) {
        String window = IntStream.range(0, k).mapToObj(j -> "lag" + j).collect(Collectors.joining(" + "));
        return task("Sum_Last" + k, "rnn_sum_last" + k + "_numerical")
                .describe("Sum of the last " + k + " inputs")
                .inputs(1, 0, 99).length(k >= 5 ? 20 : 10)
                .reference(References.window(k, References::sum))
                .spec(Spec.program("sum_last" + k).input("x", 0, 99).delayLine("x", k).output("y", window))
                .build();
    }
}
