package org.mips.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mips.core.Mips;
import org.mips.core.UserException;
import org.mips.core.imports.ImportOptions;
import org.mips.core.imports.ImportRecord;
import org.mips.core.imports.ImportedNetwork;
import org.mips.core.imports.NetworkImport;
import org.mips.core.pipeline.Pipeline;
import org.mips.core.stages.RunArtifacts;
import org.mips.core.store.RunStore;
import org.mips.spi.task.Task;

/**
 * Puts a network from a file into a run directory, as {@code mips import} and {@code mips run --network} do: a weight
 * file through its importer, a {@code network.json} as it is; measured on the task's test split and recorded in
 * {@code import.json}, with the search's artifacts and everything made from them gone.
 */
final class NetworkImports {

    private NetworkImports() {
    }

    static ImportRecord place(Mips mips, Task task, Path file, ImportOptions options, boolean optionsGiven, RunStore store, PrintWriter console) {
        NetworkImport importer = new NetworkImport(mips.registry());
        ImportedNetwork imported;
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            if (optionsGiven) {
                throw new UserException(file + ": a network.json is read as it is; --layout, --activation, --readout-prefix, --tensor, --arch and "
                        + "--format are for weight files");
            }
            imported = importer.readJson(file, task, () -> task.dataset(Task.STANDARD_DATA_SEED));
        } else {
            imported = importer.read(file, options, task, () -> task.dataset(Task.STANDARD_DATA_SEED));
        }
        mips.pipeline().adopt(store, task, "import", List.of(new Pipeline.Placed<>(RunArtifacts.NETWORK, imported.network()),
                new Pipeline.Placed<>(RunArtifacts.IMPORT, imported.record())));
        print(task, imported.record(), store, console);
        return imported.record();
    }

    private static void print(Task task, ImportRecord record, RunStore store, PrintWriter console) {
        console.println("== import");
        console.println(task.id() + ": " + record.layout() + " network from " + record.source() + " (" + record.format() + "), "
                + record.architecture() + " " + record.activation() + ", " + record.encodings());
        for (Map.Entry<String, String> role : record.tensors().entrySet()) {
            console.println(String.format(Locale.ROOT, "  %-36s <- %s", role.getKey(), role.getValue()));
        }
        record.notes().forEach(note -> console.println("  note: " + note));
        String split = String.format(Locale.ROOT, "test split (%,d sequences)", record.testSequences());
        if (record.perfect()) {
            console.println("  " + split + ": every output right");
        } else {
            console.println(String.format(Locale.ROOT, "  warning: %s: %,d outputs wrong (accuracy %.6f); the network is imperfect, and later "
                    + "stages may find no program: a program is read from what the network does and must then pass the task's checks",
                    split, record.wrongOutputs(), record.accuracy()));
        }
        console.println("  wrote " + store.file(RunArtifacts.NETWORK) + " and " + store.file(RunArtifacts.IMPORT).getFileName());
        console.flush();
    }
}
