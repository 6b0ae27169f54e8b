package org.mips.spi.pipeline;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The run directory as a stage sees it: typed artifacts, one record per file, written atomically (a
 * crash never leaves half a file), and text files such as emitted code. Reading an artifact that is
 * missing, does not parse or has a newer schema version than this build knows throws an exception naming
 * the file, which the host reports as bad input.
 */
public interface Artifacts {

    /** The artifact; its absence is an error naming the file. */
    <T> T read(ArtifactType<T> type);

    /** The artifact, if the directory has it. */
    <T> Optional<T> find(ArtifactType<T> type);

    /** Writes (replaces) the artifact. */
    <T> void write(ArtifactType<T> type, T value);

    /** Writes (replaces) a text file of the run, e.g. emitted code or a proof; returns its path. */
    Path writeText(String fileName, String text);

    /** The run directory, for tools that need files (the text files are its direct children). */
    Path directory();
}
