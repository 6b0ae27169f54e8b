package org.mips.core.pipeline;

import org.mips.spi.pipeline.ArtifactType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.mips.core.UserException;
import org.mips.core.io.FileDigest;
import org.mips.core.store.RunStore;
import org.mips.spi.pipeline.Stage;
import org.mips.spi.pipeline.StageOutcome;

/**
 * Keeps {@code run.json}: which files each stage's latest run wrote, and the digests of what it wrote and
 * read. It lets a run remove everything a stale stage left, check that the artifacts a run started
 * {@code --from} a later stage reads belong to its task and to one chain of stages, and records each stage
 * of this run as it ends.
 */
final class RunLedger {

    private final RunStore store;
    private final String task;
    private final Optional<String> recordedTask;
    private final List<RunRecord.Entry> entries;

    private RunLedger(RunStore store, String task, Optional<String> recordedTask, List<RunRecord.Entry> entries) {
        this.store = store;
        this.task = task;
        this.recordedTask = recordedTask;
        this.entries = entries;
    }

    /**
     * The directory's record. A missing one (a directory an older mips wrote, or files put there by hand)
     * counts as empty: the stale stages' declared artifacts still go, and nothing can be checked. One this
     * build cannot read is bad input rather than be overwritten.
     */
    static RunLedger open(RunStore store, String task) {
        Optional<RunRecord> record = store.find(RunRecord.FILE);
        return new RunLedger(store, task, record.map(RunRecord::task),
                new ArrayList<>(record.map(RunRecord::stages).orElse(List.of())));
    }

    /**
     * Checks the artifacts a run reads from the directory: the directory must hold a run of this task, and
     * each input must be the file the stage that wrote it recorded, made from the files that are still
     * beside it. Files that no recorded stage wrote are taken as they are.
     *
     * @throws UserException naming the file and what does not match
     */
    synchronized void checkInputs(Collection<String> inputs) {
        if (inputs.isEmpty()) {
            return;
        }
        if (recordedTask.isPresent() && !recordedTask.get().equals(task)) {
            throw anotherTask(store, recordedTask.get(), task);
        }
        for (String input : inputs) {
            Optional<RunRecord.Entry> writer = writerOf(input);
            if (writer.isEmpty() || !writer.get().wrote().containsKey(input) || isGivenElsewhere(input)) {
                continue;
            }
            RunRecord.Entry entry = writer.get();
            if (!entry.wrote().get(input).equals(digest(input))) {
                throw new UserException(store.directory().resolve(input) + ": not the file the " + entry.stage()
                        + " stage wrote (run.json records another SHA-256); it was changed or copied in since. Rerun --from "
                        + entry.stage() + ", or remove run.json to take the files as they are");
            }
            for (Map.Entry<String, String> source : entry.read().entrySet()) {
                Path file = store.directory().resolve(source.getKey());
                if (Files.isRegularFile(file) && !source.getValue().equals(FileDigest.sha256(file))) {
                    throw new UserException(store.directory().resolve(input) + ": made by the " + entry.stage() + " stage from another "
                            + source.getKey() + " than the one beside it (run.json records its SHA-256). Rerun --from " + entry.stage()
                            + ", or remove run.json to take the files as they are");
                }
            }
        }
    }

    /** The one line for a directory that holds a run of {@code recorded} where a run of {@code task} was asked for. */
    static UserException anotherTask(RunStore store, String recorded, String task) {
        return new UserException(store.directory() + ": holds a run of " + recorded + " (run.json), not of " + task
                + "; give another --out, or run the whole pipeline there");
    }

    /**
     * Removes what the stale stages wrote, their declared artifacts and every file their latest run recorded,
     * except the files {@code keep} names (the inputs of the run).
     */
    synchronized void clean(List<Stage> stale, Set<String> keep) {
        Set<String> ids = stale.stream().map(Stage::id).collect(Collectors.toSet());
        // What was put in the directory from outside (an imported network) is stale with the stage that writes it.
        Set<String> declared = stale.stream().flatMap(stage -> stage.writes().stream()).map(ArtifactType::fileName).collect(Collectors.toSet());
        entries.stream().filter(entry -> !ids.contains(entry.stage()) && entry.files().stream().anyMatch(declared::contains))
                .map(RunRecord.Entry::stage).forEach(ids::add);
        for (Stage stage : stale) {
            stage.writes().stream().filter(type -> !keep.contains(type.fileName())).forEach(store::delete);
        }
        for (RunRecord.Entry entry : entries) {
            if (ids.contains(entry.stage())) {
                entry.files().stream().filter(file -> !keep.contains(file)).forEach(store::deleteFile);
            }
        }
        entries.removeIf(entry -> ids.contains(entry.stage()));
        write();
    }

    /** The SHA-256 of each of {@code files} that is in the directory: what a stage is about to read. */
    synchronized Map<String, String> digests(Collection<String> files) {
        Map<String, String> digests = new LinkedHashMap<>();
        for (String file : files) {
            if (Files.isRegularFile(store.directory().resolve(file))) {
                digests.put(file, digest(file));
            }
        }
        return digests;
    }

    /** Checks that the directory holds no run of another task. */
    synchronized void checkTask() {
        if (recordedTask.isPresent() && !recordedTask.get().equals(task)) {
            throw anotherTask(store, recordedTask.get(), task);
        }
    }

    /** Records a stage of this run as it ended: the files it wrote, with their digests, and those of what it read. */
    synchronized void ran(String stage, StageOutcome outcome, double seconds, List<String> files, Map<String, String> read) {
        entries.removeIf(entry -> entry.stage().equals(stage));
        entries.add(new RunRecord.Entry(stage, outcome, seconds, files, digests(files), read));
        write();
    }

    private Optional<RunRecord.Entry> writerOf(String file) {
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).files().contains(file)) {
                return Optional.of(entries.get(i));
            }
        }
        return Optional.empty();
    }

    /** Whether the run reads {@code file} from elsewhere ({@code mips simplify --network FILE}): nothing recorded speaks for it. */
    private boolean isGivenElsewhere(String file) {
        return !store.file(file).equals(store.directory().resolve(file));
    }

    private String digest(String file) {
        return FileDigest.sha256(store.directory().resolve(file));
    }

    private void write() {
        store.write(RunRecord.FILE, new RunRecord(task, entries));
    }
}
