package org.mips.core.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mips.core.io.AtomicFiles;
import org.mips.core.io.JsonArtifacts;
import org.mips.spi.represent.HiddenTrace;
import org.mips.spi.represent.Representation;
import org.mips.spi.represent.StateMachine;

/**
 * The extract stage's files: {@code extract.json} (every candidate, and the replay or why nothing was
 * chosen) always; {@code representation.json}, {@code machine.json} and {@code hidden-states.svg} when a
 * machine was found.
 */
public final class ExtractArtifacts {

    public static final String RECORD_FILE = "extract.json";
    public static final String MACHINE_FILE = "machine.json";

    private ExtractArtifacts() {
    }

    /** Writes what there is; {@code replay} is null when nothing was chosen. */
    public static List<Path> write(Path dir, String task, HiddenTrace trace, Extraction extraction, MachineReplay replay) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("schemaVersion", 1);
        record.put("task", task);
        record.put("traceRows", trace.rows());
        record.put("candidates", extraction.candidates());
        List<Path> written = new ArrayList<>();
        if (extraction.machine().isEmpty()) {
            record.put("chosen", null);
            record.put("reason", extraction.whyNone());
        } else {
            Representation representation = extraction.representation().orElseThrow();
            StateMachine machine = extraction.machine().orElseThrow();
            record.put("chosen", representation.detector());
            record.put("replay", replay);
            JsonArtifacts.write(dir.resolve("representation.json"), Codebook.of(representation, machine));
            JsonArtifacts.write(dir.resolve(MACHINE_FILE), machine);
            AtomicFiles.write(dir.resolve("hidden-states.svg"), HiddenStatePicture.svg(
                    task + ": hidden states by " + representation.detector() + " state", trace, representation, machine));
            written.addAll(List.of(dir.resolve("representation.json"), dir.resolve(MACHINE_FILE), dir.resolve("hidden-states.svg")));
        }
        JsonArtifacts.write(dir.resolve(RECORD_FILE), record);
        written.add(0, dir.resolve(RECORD_FILE));
        return written;
    }
}
