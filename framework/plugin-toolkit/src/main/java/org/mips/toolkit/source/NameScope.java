package org.mips.toolkit.source;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.mips.spi.program.Program;

/**
 * The identifiers of one emitted program, in one scope of the target language. An emitter creates one
 * per {@link org.mips.spi.emit.CodeEmitter#emit} call with its language's reserved words, then asks {@link #of} for the
 * spelling of each program name and {@link #fresh} for every name it generates itself (loop indices,
 * temporaries, helpers).
 *
 * <p>Program names (inputs, state variables, outputs) keep their spelling unless it is reserved; a
 * reserved one gets trailing {@code _}s until it is neither reserved nor taken. Unreserved program
 * names are claimed before any renaming, so renaming {@code class} to {@code class_} cannot take
 * {@code class_} away from a program that declares that name too. A generated name is checked against
 * every name claimed before it, so it never shadows a program name or another generated one.
 *
 * <p>Names are claimed in a fixed order, so equal programs get equal names. Not thread-safe; use one
 * instance per emitted program.
 */
public final class NameScope {

    private final Predicate<String> reserved;
    private final UnaryOperator<String> legal;
    private final Set<String> taken = new HashSet<>();
    private final Map<String, String> programNames = new HashMap<>();

    /**
     * @param program  the program whose inputs, state variables and outputs are named in this scope
     * @param reserved the names the language (or code the emitter writes around the program) needs
     *                 for itself: keywords, builtins, types it refers to
     */
    public NameScope(Program program, Predicate<String> reserved) {
        this(program, reserved, UnaryOperator.identity());
    }

    /**
     * A scope for a language that cannot spell some names at all, whatever is appended to them (Dafny's
     * identifiers may not begin with {@code _}): {@code legal} rewrites every base name, program names
     * being renamed included, before trailing {@code _}s are tried.
     *
     * @param legal must return a name {@code reserved} rejects only for reasons trailing {@code _}s remove
     */
    public NameScope(Program program, Predicate<String> reserved, UnaryOperator<String> legal) {
        this.reserved = reserved;
        this.legal = legal;
        List<String> declared = new ArrayList<>();
        program.inputs().forEach(i -> declared.add(i.name()));
        program.state().forEach(s -> declared.add(s.name()));
        program.outputs().forEach(o -> declared.add(o.name()));
        for (String name : declared) {
            if (!reserved.test(name)) {
                taken.add(name);
                programNames.put(name, name);
            }
        }
        for (String name : declared) {
            if (reserved.test(name)) {
                programNames.put(name, fresh(name + "_"));
            }
        }
    }

    /**
     * The spelling of an input, state variable or output of the program.
     *
     * @throws IllegalArgumentException if the program declares no such name
     */
    public String of(String programName) {
        String name = programNames.get(programName);
        if (name == null) {
            throw new IllegalArgumentException("not a name of the program: " + programName);
        }
        return name;
    }

    /** Claims {@code base}, or {@code base} with trailing underscores if it is taken or reserved. */
    public String fresh(String base) {
        return fresh(base, Set.of());
    }

    /**
     * Like {@link #fresh(String)}, also avoiding {@code avoid}: names this one name must not have
     * although they are free in the scope, e.g. those a surrounding block binds.
     */
    public String fresh(String base, Set<String> avoid) {
        String name = legal.apply(base);
        while (reserved.test(name) || taken.contains(name) || avoid.contains(name)) {
            name += "_";
        }
        taken.add(name);
        return name;
    }

    /**
     * {@code "binary_addition"} or {@code "binaryAddition"} to {@code "BinaryAddition"}: the words of a
     * program name joined in PascalCase, prefixed with {@code Program} when empty or starting with a digit.
     * Emitters derive class and method names from it and then avoid their own language's keywords.
     */
    public static String pascalCase(String programName) {
        StringBuilder name = new StringBuilder();
        String spaced = programName.replaceAll("([a-z0-9])([A-Z])", "$1 $2");
        for (String word : spaced.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        if (name.length() == 0 || Character.isDigit(name.charAt(0))) {
            name.insert(0, "Program");
        }
        return name.toString();
    }
}
