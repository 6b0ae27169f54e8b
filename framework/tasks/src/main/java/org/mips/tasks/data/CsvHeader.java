package org.mips.tasks.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header row of a CSV data file: which cell holds the sequence id, the step number, and each
 * input ({@code x} or {@code x0, x1, ...}) and output ({@code y} or {@code y0, y1, ...}) value.
 */
final class CsvHeader {

    static final String SEQUENCE = "sequence";
    static final String STEP = "step";
    private static final String KNOWN = "known columns are sequence, step, x (or x0, x1, ...) and y (or y0, y1, ...)";
    private static final Pattern COMPONENT = Pattern.compile("([xy])(0|[1-9][0-9]{0,8})?");

    private final List<String> names;
    private final int sequence;
    private final int step;
    private final int[] x;
    private final int[] y;

    private CsvHeader(List<String> names, int sequence, int step, int[] x, int[] y) {
        this.names = names;
        this.sequence = sequence;
        this.step = step;
        this.x = x;
        this.y = y;
    }

    /**
     * @param names the trimmed cells of the header row
     * @param line  the header row's place, for errors
     */
    static CsvHeader parse(List<String> names, Place line) {
        if (names.size() == 1 && (names.get(0).indexOf(';') >= 0 || names.get(0).indexOf('\t') >= 0)) {
            throw line.error("the header is a single cell \"" + IntegerText.shown(names.get(0)) + "\"; separate cells with commas");
        }
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (!name.equals(SEQUENCE) && !name.equals(STEP) && !COMPONENT.matcher(name).matches()) {
                throw line.column(i + 1).error("unknown column \"" + IntegerText.shown(name) + "\"; " + KNOWN);
            }
            if (columns.putIfAbsent(name, i) != null) {
                throw line.column(i + 1).error("column \"" + name + "\" appears twice");
            }
        }
        for (String required : List.of(SEQUENCE, STEP)) {
            if (!columns.containsKey(required)) {
                throw line.error("missing column \"" + required + "\"; " + KNOWN);
            }
        }
        return new CsvHeader(names, columns.get(SEQUENCE), columns.get(STEP),
                components("x", "input", columns, line), components("y", "output", columns, line));
    }

    /** The cells of {@code letter}'s components in order: {@code x} alone, or {@code x0, x1, ...}. */
    private static int[] components(String letter, String role, Map<String, Integer> columns, Place line) {
        TreeMap<Integer, Integer> numbered = new TreeMap<>();
        columns.forEach((name, cell) -> {
            Matcher m = COMPONENT.matcher(name);
            if (m.matches() && m.group(1).equals(letter) && m.group(2) != null) {
                numbered.put(Integer.parseInt(m.group(2)), cell);
            }
        });
        Integer plain = columns.get(letter);
        if (plain != null && !numbered.isEmpty()) {
            throw line.error("columns \"" + letter + "\" and \"" + letter + numbered.firstKey() + "\" are both present; name a single "
                    + role + " column \"" + letter + "\", or several \"" + letter + "0\", \"" + letter + "1\", ...");
        }
        if (plain != null) {
            return new int[] {plain};
        }
        if (numbered.isEmpty()) {
            throw line.error("missing column \"" + letter + "\" (or \"" + letter + "0\", \"" + letter + "1\", ... for several "
                    + role + " values per step)");
        }
        int[] cells = new int[numbered.size()];
        for (int k = 0; k < cells.length; k++) {
            Integer cell = numbered.get(k);
            if (cell == null) {
                throw line.error("missing column \"" + letter + k + "\"; " + role + " columns must be numbered "
                        + letter + "0, " + letter + "1, ... without gaps");
            }
            cells[k] = cell;
        }
        return cells;
    }

    /** Number of cells every row must have. */
    int size() {
        return names.size();
    }

    /** The header's name of cell {@code cell}. */
    String name(int cell) {
        return names.get(cell);
    }

    int sequence() {
        return sequence;
    }

    int step() {
        return step;
    }

    /** Cell of each input component, in component order. */
    int[] x() {
        return x;
    }

    /** Cell of each output component, in component order. */
    int[] y() {
        return y;
    }
}
