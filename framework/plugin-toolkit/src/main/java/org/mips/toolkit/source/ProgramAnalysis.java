package org.mips.toolkit.source;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.mips.spi.program.BinaryOp;
import org.mips.spi.program.Expr;
import org.mips.spi.program.Input;
import org.mips.spi.program.Program;
import org.mips.spi.program.StateVariable;
import org.mips.spi.program.UnaryOp;

/**
 * Facts about a program that emitters need to write natural code: which variables only ever hold 0 or
 * 1 (so {@code a ^ b} may be written for the logical xor), whether the simultaneous state update
 * can be written as plain assignments in some order, which divisions may divide by zero, and every
 * expression of the program in a fixed order.
 */
public final class ProgramAnalysis {

    private ProgramAnalysis() {
    }

    /**
     * Names of inputs and state variables that hold 0 or 1 at every step. Inputs qualify by their
     * range; a state variable qualifies if its initial value is 0 or 1 and its next expression is
     * 0/1-valued assuming the qualifying variables are (the greatest fixed point, so mutually dependent
     * bits such as a sum bit and a carry qualify together).
     */
    public static Set<String> bitVariables(Program program) {
        Set<String> bits = new LinkedHashSet<>();
        program.inputs().stream().filter(Input::isBit).forEach(i -> bits.add(i.name()));
        List<StateVariable> candidates = new ArrayList<>();
        for (StateVariable s : program.state()) {
            if (s.initial() == 0 || s.initial() == 1) {
                candidates.add(s);
                bits.add(s.name());
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (StateVariable s : List.copyOf(candidates)) {
                if (!isBit(s.next(), bits)) {
                    bits.remove(s.name());
                    candidates.remove(s);
                    changed = true;
                }
            }
        }
        return bits;
    }

    /** Whether {@code expr} is 0 or 1 whenever the variables in {@code bits} are. */
    public static boolean isBit(Expr expr, Set<String> bits) {
        return expr.accept(new Expr.Visitor<Boolean>() {
            @Override
            public Boolean visitConst(Expr.Const c) {
                return c.value() == 0 || c.value() == 1;
            }

            @Override
            public Boolean visitVar(Expr.Var v) {
                return bits.contains(v.name());
            }

            @Override
            public Boolean visitUnary(Expr.Unary u) {
                return u.op().isLogical() || (u.op() == UnaryOp.ABS && u.operand().accept(this));
            }

            @Override
            public Boolean visitBinary(Expr.Binary b) {
                if (b.op().isBoolean()) {
                    return true;
                }
                boolean both = b.left().accept(this) && b.right().accept(this);
                return both && switch (b.op()) {
                    case MUL, MIN, MAX, FLOOR_DIV -> true;
                    default -> false;
                };
            }

            @Override
            public Boolean visitIf(Expr.If i) {
                return i.then().accept(this) && i.otherwise().accept(this);
            }

            @Override
            public Boolean visitLookup(Expr.Lookup l) {
                return (l.otherwise() == 0 || l.otherwise() == 1)
                        && l.entries().stream().allMatch(e -> e.value() == 0 || e.value() == 1);
            }
        });
    }

    /**
     * Every expression of the program with all its sub-expressions: the next expressions of the state
     * variables, then the outputs, each tree in pre-order (a node before its children, children left
     * to right). Emitters scan it to find which helpers and tables the code needs; the fixed order
     * keeps generated names, and so the emitted text, the same on every run.
     */
    public static List<Expr> expressions(Program program) {
        List<Expr> roots = new ArrayList<>();
        program.state().forEach(s -> roots.add(s.next()));
        program.outputs().forEach(o -> roots.add(o.value()));
        List<Expr> nodes = new ArrayList<>();
        Deque<Expr> pending = new ArrayDeque<>();
        for (Expr root : roots) {
            pending.push(root);
            while (!pending.isEmpty()) {
                Expr next = pending.pop();
                nodes.add(next);
                List<Expr> children = next.children();
                for (int i = children.size() - 1; i >= 0; i--) {
                    pending.push(children.get(i));
                }
            }
        }
        return nodes;
    }

    /**
     * Whether {@code b} is a floor division or modulo whose divisor is not a non-zero constant. The IR
     * defines division by zero ({@code a floordiv 0 = 0}, {@code a floormod 0 = a}) where most
     * languages throw, so an emitter has to guard exactly these operations.
     */
    public static boolean mayDivideByZero(Expr.Binary b) {
        boolean division = b.op() == BinaryOp.FLOOR_DIV || b.op() == BinaryOp.FLOOR_MOD;
        return division && !(b.right() instanceof Expr.Const c && c.value() != 0);
    }

    /**
     * Whether {@code expr} is a truth value by its form: a comparison, a logical operator or a logical
     * not. Languages with a separate boolean type print these as booleans.
     */
    public static boolean isPredicate(Expr expr) {
        if (expr instanceof Expr.Binary b) {
            return b.op().isBoolean();
        }
        return expr instanceof Expr.Unary u && u.op().isLogical();
    }

    /**
     * An order in which assigning each state variable its next value one after another gives the same
     * result as the simultaneous update, if one exists. A variable must be assigned only after every
     * other variable whose next expression reads its old value. Variables whose next value is
     * themselves are left out (nothing to assign). Empty when the reads form a cycle (e.g. a swap);
     * then the emitter must keep the old values in temporaries.
     */
    public static Optional<List<StateVariable>> sequentialOrder(Program program) {
        List<StateVariable> updated = program.state().stream()
                .filter(s -> !(s.next() instanceof Expr.Var v && v.name().equals(s.name())))
                .toList();
        Map<String, StateVariable> byName = new HashMap<>();
        updated.forEach(s -> byName.put(s.name(), s));
        // readers.get(v): variables whose next expression reads v; they must be assigned before v.
        Map<String, Integer> pendingReaders = new HashMap<>();
        Map<String, List<String>> readsOf = new HashMap<>();
        for (StateVariable s : updated) {
            pendingReaders.putIfAbsent(s.name(), 0);
            List<String> reads = new ArrayList<>();
            for (String read : s.next().variables()) {
                if (!read.equals(s.name()) && byName.containsKey(read)) {
                    reads.add(read);
                    pendingReaders.merge(read, 1, Integer::sum);
                }
            }
            readsOf.put(s.name(), reads);
        }
        Deque<String> ready = new ArrayDeque<>();
        for (StateVariable s : updated) {
            if (pendingReaders.get(s.name()) == 0) {
                ready.add(s.name());
            }
        }
        List<StateVariable> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String name = ready.poll();
            order.add(byName.get(name));
            for (String read : readsOf.get(name)) {
                if (pendingReaders.merge(read, -1, Integer::sum) == 0) {
                    ready.add(read);
                }
            }
        }
        return order.size() == updated.size() ? Optional.of(order) : Optional.empty();
    }
}
