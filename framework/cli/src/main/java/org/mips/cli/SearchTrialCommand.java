package org.mips.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.mips.core.Mips;
import org.mips.core.UserException;
import org.mips.core.io.AtomicFiles;
import org.mips.core.search.TrialJob;
import org.mips.core.search.TrialReport;
import org.mips.core.stages.SearchStage;
import org.mips.core.store.ArtifactException;
import org.mips.core.store.RunStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code mips search-trial}: one trial of a search, as a job of the engine {@code search.engine} names, in a directory
 * holding its {@code trial.json}. It rebuilds the search's data and training settings from the task and the
 * configuration it is given (the search gives its own as {@code --set}), trains the trial as the search's own workers
 * would, and leaves {@code trial-report.json} beside it.
 */
@Command(name = TrialJob.COMMAND, hidden = true,
        description = "Train the trial of trial.json in the working directory (what a search runs on its engine); its report goes "
                + "to trial-report.json.")
final class SearchTrialCommand implements Callable<Integer> {

    @ParentCommand
    MipsCommand root;

    @Option(names = "--dir", paramLabel = "DIR", description = "The trial's directory (default: the working directory).")
    Path dir = Path.of("");

    @Override
    public Integer call() throws IOException {
        Path file = dir.resolve(TrialJob.Spec.TYPE.fileName()).toAbsolutePath();
        TrialJob.Spec spec;
        try {
            spec = RunStore.parse(file, Files.readString(file), TrialJob.Spec.TYPE);
        } catch (NoSuchFileException e) {
            throw new UserException(file + ": no such file; a trial job runs in a directory holding its trial.json");
        } catch (ArtifactException e) {
            throw new UserException(e.getMessage(), e);
        }
        Mips mips = root.mips();
        TrialReport report = SearchStage.trial(mips.configuration(), mips.registry(), mips.tasks().find(spec.task()), spec);
        AtomicFiles.write(file.resolveSibling(TrialReport.TYPE.fileName()), RunStore.toJson(TrialReport.TYPE, report));
        return 0;
    }
}
