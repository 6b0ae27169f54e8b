package org.mips.core.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.mips.core.io.JsonArtifacts;

/**
 * The files a search leaves in its run directory, each written atomically: {@code search.json} (the
 * {@link SearchResult}) and, when a perfect network was chosen, {@code network.json}.
 */
public final class SearchArtifacts {

    public static final String RESULT_FILE = "search.json";
    public static final String NETWORK_FILE = "network.json";

    private SearchArtifacts() {
    }

    /**
     * Writes the search's files into {@code dir}. Without a chosen network, an older
     * {@code network.json} there is deleted, so that the directory never pairs a result with a
     * network it did not produce.
     *
     * @return the files written
     * @throws UncheckedIOException if a file cannot be written or removed
     */
    public static List<Path> write(Path dir, SearchOutcome outcome) {
        List<Path> written = new ArrayList<>();
        Path network = dir.resolve(NETWORK_FILE);
        if (outcome.network().isPresent()) {
            JsonArtifacts.write(network, outcome.network().get());
            written.add(network);
        } else {
            try {
                Files.deleteIfExists(network);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove the stale " + network + ": " + e.getMessage(), e);
            }
        }
        Path result = dir.resolve(RESULT_FILE);
        JsonArtifacts.write(result, outcome.result());
        written.add(0, result);
        return written;
    }

    /** Reads a {@code search.json}; errors name the file. */
    public static SearchResult read(Path file) {
        return JsonArtifacts.read(file, SearchResult.class);
    }
}
