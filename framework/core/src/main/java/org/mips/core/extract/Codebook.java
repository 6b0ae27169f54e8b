package org.mips.core.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.mips.spi.represent.Representation;
import org.mips.spi.represent.StateMachine;

/**
 * A representation as data, for {@code representation.json}: its variables, description length, and
 * every state the machine reaches with the hidden vector that stands for it. Detectors return live
 * objects; this is what a later stage or a reader can load without the plugin.
 *
 * @param detector          the detector that found it
 * @param variables         names of the discrete variables
 * @param descriptionLength bits per coordinate (reference section 5.3)
 * @param states            each state's code and {@link Representation#decode} of it, in code order
 */
public record Codebook(String detector, List<String> variables, double descriptionLength, List<Entry> states) {

    public Codebook {
        variables = List.copyOf(variables);
        states = List.copyOf(states);
    }

    /** One state: its code and the hidden vector it decodes to. */
    public record Entry(List<Long> code, double[] hidden) {
    }

    public static Codebook of(Representation representation, StateMachine machine) {
        Set<List<Long>> codes = new TreeSet<>(States::compare);
        codes.add(machine.initial());
        machine.transitions().forEach(t -> {
            codes.add(t.state());
            codes.add(t.next());
        });
        List<Entry> entries = new ArrayList<>();
        for (List<Long> code : new LinkedHashSet<>(codes)) {
            entries.add(new Entry(code, representation.decode(States.array(code))));
        }
        return new Codebook(representation.detector(), representation.variables(), representation.descriptionLength(), entries);
    }
}
