package org.mips.spi.pipeline;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A kind of file in a run directory: its name, the record type it holds as JSON, and the version of that
 * layout. The run store writes {@code schemaVersion} at the top of every artifact and refuses to read one
 * with a newer version than this build knows, so an older mips never misreads a newer run.
 *
 * @param fileName      the file's name in the run directory, e.g. {@code program.json}
 * @param type          the record type it holds
 * @param schemaVersion the version of its layout that this build writes and reads (and reads older ones)
 * @param <T>           the record type
 */
public record ArtifactType<T>(String fileName, Class<T> type, int schemaVersion) {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*\\.json");

    public ArtifactType {
        Objects.requireNonNull(type, "type");
        if (fileName == null || !NAME.matcher(fileName).matches()) {
            throw new IllegalArgumentException("artifact file name '" + fileName + "' is not a lower-case name ending in .json");
        }
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaVersion must be at least 1, got " + schemaVersion);
        }
    }

    /** The artifact {@code fileName} holding a {@code type} at schema version {@code schemaVersion}. */
    public static <T> ArtifactType<T> of(String fileName, Class<T> type, int schemaVersion) {
        return new ArtifactType<>(fileName, type, schemaVersion);
    }

    @Override
    public String toString() {
        return fileName;
    }
}
