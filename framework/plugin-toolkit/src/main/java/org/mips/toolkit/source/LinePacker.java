package org.mips.toolkit.source;

import java.util.ArrayList;
import java.util.List;

/**
 * Fills lines with pieces of text, as many as fit on each: the words of a doc comment, or the
 * {@link PrintedExpression#pieces()} of a long expression. The caller adds indentation, comment markers
 * and whatever its language needs to continue a line.
 */
public final class LinePacker {

    private LinePacker() {
    }

    /** {@link #pack(List, int, int)} with every line {@code width} wide. */
    public static List<String> pack(List<String> pieces, int width) {
        return pack(pieces, width, width);
    }

    /**
     * Joins {@code pieces} with single spaces into lines, the first at most {@code firstWidth}
     * characters wide and the rest at most {@code restWidth}. Each line takes pieces until the next one
     * would not fit; a piece wider than a line stands on a line of its own. Never empty.
     */
    public static List<String> pack(List<String> pieces, int firstWidth, int restWidth) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String piece : pieces) {
            int width = lines.isEmpty() ? firstWidth : restWidth;
            if (line.length() > 0 && line.length() + 1 + piece.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(piece);
        }
        lines.add(line.toString());
        return lines;
    }
}
