package org.mips.core.imports;

import java.util.List;
import java.util.Map;

/**
 * {@code import.json}: where an imported network came from and what it is worth on its task.
 *
 * @param source          the file as it was given
 * @param sha256          the file's SHA-256
 * @param format          the importer that read it
 * @param layout          how its tensors made the network
 * @param activation      the nonlinearity
 * @param architecture    {@code n,Lh,wh,Lo,wo}
 * @param encodings       how the task's columns enter and leave the network
 * @param tensors         which tensor gave each role, with its shape
 * @param notes           what the import assumed or built
 * @param testSequences   the sequences of the task's test split it was measured on
 * @param accuracy        the fraction of their outputs it gets right
 * @param wrongOutputs    how many it gets wrong
 * @param perfect         whether it gets every one right; an imperfect network may give later stages no program
 */
public record ImportRecord(String source, String sha256, String format, String layout, String activation, String architecture,
        String encodings, Map<String, String> tensors, List<String> notes, int testSequences, double accuracy, long wrongOutputs,
        boolean perfect) {

    public ImportRecord {
        tensors = tensors == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(tensors));
        notes = notes == null ? List.of() : List.copyOf(notes);
    }
}
