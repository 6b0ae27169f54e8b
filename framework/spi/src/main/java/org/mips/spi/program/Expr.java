package org.mips.spi.program;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An integer expression of the program IR: what regressors produce and emitters print.
 *
 * <p>The hierarchy is sealed so that every consumer (interpreter, emitters, provers) handles every
 * form: a {@link Visitor} must implement a method per form, so adding a form is a compile error in
 * every consumer until it handles it. In JSON an expression is an object
 * whose {@code kind} names the form, e.g. {@code {"kind":"binary","op":"add","left":...,"right":...}}.
 * Semantics are defined by {@link Arithmetic}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Expr.Const.class, name = "const"),
    @JsonSubTypes.Type(value = Expr.Var.class, name = "var"),
    @JsonSubTypes.Type(value = Expr.Unary.class, name = "unary"),
    @JsonSubTypes.Type(value = Expr.Binary.class, name = "binary"),
    @JsonSubTypes.Type(value = Expr.If.class, name = "if"),
    @JsonSubTypes.Type(value = Expr.Lookup.class, name = "lookup")
})
public sealed interface Expr {

    /** An integer literal. */
    record Const(long value) implements Expr {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitConst(this);
        }
    }

    /** A reference to an input or a state variable of the enclosing program. */
    record Var(String name) implements Expr {
        public Var {
            Objects.requireNonNull(name, "var: missing 'name'");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitVar(this);
        }
    }

    /** {@code op operand}. */
    record Unary(UnaryOp op, Expr operand) implements Expr {
        public Unary {
            Objects.requireNonNull(op, "unary: missing 'op'");
            Objects.requireNonNull(operand, "unary: missing 'operand'");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitUnary(this);
        }
    }

    /** {@code left op right}. */
    record Binary(BinaryOp op, Expr left, Expr right) implements Expr {
        public Binary {
            Objects.requireNonNull(op, "binary: missing 'op'");
            Objects.requireNonNull(left, "binary: missing 'left'");
            Objects.requireNonNull(right, "binary: missing 'right'");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitBinary(this);
        }
    }

    /** {@code then} if {@code condition} is non-zero, else {@code otherwise}. */
    record If(Expr condition, Expr then, Expr otherwise) implements Expr {
        public If {
            Objects.requireNonNull(condition, "if: missing 'condition'");
            Objects.requireNonNull(then, "if: missing 'then'");
            Objects.requireNonNull(otherwise, "if: missing 'otherwise'");
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitIf(this);
        }
    }

    /**
     * A finite table: the value of the first entry whose key equals the values of {@code keys}, or
     * {@code otherwise} when no entry matches. This is how a lookup-table regressor states a rule it
     * could not compress.
     */
    record Lookup(List<Expr> keys, List<Entry> entries, long otherwise) implements Expr {
        public Lookup {
            Objects.requireNonNull(keys, "lookup: missing 'keys'");
            Objects.requireNonNull(entries, "lookup: missing 'entries'");
            keys = List.copyOf(keys);
            entries = List.copyOf(entries);
            if (keys.isEmpty()) {
                throw new IllegalArgumentException("lookup: 'keys' is empty");
            }
            Set<List<Long>> seen = new HashSet<>();
            for (Entry entry : entries) {
                if (entry.key().size() != keys.size()) {
                    throw new IllegalArgumentException("lookup: entry key " + entry.key() + " has "
                            + entry.key().size() + " values but there are " + keys.size() + " keys");
                }
                if (!seen.add(entry.key())) {
                    throw new IllegalArgumentException("lookup: key " + entry.key() + " appears twice");
                }
            }
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.visitLookup(this);
        }
    }

    /** One row of a {@link Lookup}. */
    record Entry(List<Long> key, long value) {
        public Entry {
            Objects.requireNonNull(key, "lookup entry: missing 'key'");
            key = List.copyOf(key);
        }
    }

    /** One method per form of expression. */
    interface Visitor<R> {
        R visitConst(Const c);

        R visitVar(Var v);

        R visitUnary(Unary u);

        R visitBinary(Binary b);

        R visitIf(If i);

        R visitLookup(Lookup l);
    }

    /** Calls the visitor's method for this form. */
    <R> R accept(Visitor<R> visitor);

    // Factories that read like the formulas they build.

    static Const constant(long value) {
        return new Const(value);
    }

    static Var var(String name) {
        return new Var(name);
    }

    static Unary unary(UnaryOp op, Expr operand) {
        return new Unary(op, operand);
    }

    static Binary binary(BinaryOp op, Expr left, Expr right) {
        return new Binary(op, left, right);
    }

    static If ifThen(Expr condition, Expr then, Expr otherwise) {
        return new If(condition, then, otherwise);
    }

    /** Direct sub-expressions, left to right. */
    default List<Expr> children() {
        if (this instanceof Unary u) {
            return List.of(u.operand());
        } else if (this instanceof Binary b) {
            return List.of(b.left(), b.right());
        } else if (this instanceof If i) {
            return List.of(i.condition(), i.then(), i.otherwise());
        } else if (this instanceof Lookup l) {
            return l.keys();
        }
        return List.of();
    }

    /** Names of the variables this expression reads, in order of first appearance. */
    default Set<String> variables() {
        Set<String> names = new LinkedHashSet<>();
        List<Expr> pending = new ArrayList<>(List.of(this));
        while (!pending.isEmpty()) {
            Expr next = pending.remove(pending.size() - 1);
            if (next instanceof Var v) {
                names.add(v.name());
            }
            List<Expr> children = next.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.add(children.get(i));
            }
        }
        return names;
    }

    /**
     * How many expressions deep this one is: 1 for a constant or a variable, one more than its deepest
     * child otherwise. Computed without recursion, so that any depth can be measured and refused.
     */
    default int depth() {
        int deepest = 0;
        List<Expr> pending = new ArrayList<>(List.of(this));
        List<Integer> depths = new ArrayList<>(List.of(1));
        while (!pending.isEmpty()) {
            Expr next = pending.remove(pending.size() - 1);
            int depth = depths.remove(depths.size() - 1);
            deepest = Math.max(deepest, depth);
            for (Expr child : next.children()) {
                pending.add(child);
                depths.add(depth + 1);
            }
        }
        return deepest;
    }

    /** Number of nodes: the size measure regressors minimise. A lookup counts its entries too. */
    default int size() {
        int own = this instanceof Lookup l ? 1 + l.entries().size() : 1;
        int total = own;
        for (Expr child : children()) {
            total += child.size();
        }
        return total;
    }
}
