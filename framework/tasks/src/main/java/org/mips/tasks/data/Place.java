package org.mips.tasks.data;

import java.nio.file.Path;

/**
 * Where in a data file a problem is, built up part by part ({@code line 7, field "y", step 3}); turns
 * a problem description into the one-line {@link DataFormatException} message.
 */
record Place(Path file, String where) {

    static Place in(Path file) {
        return new Place(file, "");
    }

    Place line(long line) {
        return with("line " + line);
    }

    /** A character column (JSON) or a cell number (CSV header), counted from 1. */
    Place column(long column) {
        return with("column " + column);
    }

    /** A CSV column by its header name. */
    Place column(String name) {
        return with("column \"" + name + "\"");
    }

    Place field(String name) {
        return with("field \"" + name + "\"");
    }

    Place step(long step) {
        return with("step " + step);
    }

    DataFormatException error(String problem) {
        return new DataFormatException(file + ": " + (where.isEmpty() ? "" : where + ": ") + problem);
    }

    DataFormatException error(String problem, Throwable cause) {
        return new DataFormatException(error(problem).getMessage(), cause);
    }

    private Place with(String part) {
        return new Place(file, where.isEmpty() ? part : where + ", " + part);
    }
}
