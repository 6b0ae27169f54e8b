package org.mips.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mips.core.prove.ProofRecord;
import org.mips.core.pipeline.PipelineEvent;
import org.mips.core.pipeline.PipelineListener;
import org.mips.core.result.TaskResult;
import org.mips.core.stages.ProgramText;
import org.mips.core.stages.RunArtifacts;
import org.mips.core.store.ArtifactException;
import org.mips.core.store.RunStore;
import org.mips.spi.pipeline.StageOutcome;

/**
 * The console's view of a pipeline run: a heading per stage, each event's text indented under it, how a
 * stage that stopped or failed ended, and a summary of a verified program (the program, its proof and its
 * code). Only people read this; machines read the events.
 */
final class ConsoleReporter implements PipelineListener {

    private final PrintWriter out;
    private final RunStore store;
    private final boolean listFiles;
    private final List<String> written = new ArrayList<>();
    private String task = "";

    /** A reporter for {@code mips run}: the run directory's path is printed once, at the start. */
    ConsoleReporter(PrintWriter out, RunStore store) {
        this(out, store, false);
    }

    /**
     * @param listFiles whether to end each stage with the files it wrote (for the commands that run one
     *                  stage on files the user named)
     */
    ConsoleReporter(PrintWriter out, RunStore store, boolean listFiles) {
        this.out = out;
        this.store = store;
        this.listFiles = listFiles;
    }

    @Override
    public void runStarted(PipelineEvent.RunStarted event) {
        task = event.task();
        print(event.task() + ": " + event.description() + "; artifacts in " + event.directory());
    }

    @Override
    public void stageStarted(PipelineEvent.StageStarted event) {
        out.println();
        print("== " + event.stage() + (event.summary().isEmpty() ? "" : ": " + event.summary()));
    }

    @Override
    public void published(PipelineEvent.Published event) {
        print(event.text().lines().map(line -> line.isEmpty() ? "" : "  " + line).reduce((a, b) -> a + "\n" + b).orElse(""));
    }

    @Override
    public void artifactWritten(PipelineEvent.ArtifactWritten event) {
        written.add(store.directory().resolve(event.file()).toString());
    }

    @Override
    public void stageEnded(PipelineEvent.StageEnded event) {
        if (listFiles && !written.isEmpty()) {
            print("wrote " + String.join(", ", written));
        }
        written.clear();
        if (event.outcome() instanceof StageOutcome.Stopped stopped) {
            print(task + ": stopped at " + event.stage() + ": " + stopped.reason());
        } else if (event.outcome() instanceof StageOutcome.Failed failed) {
            print(task + ": the " + event.stage() + " stage failed: " + failed.reason());
        }
    }

    @Override
    public void stageSkipped(PipelineEvent.StageSkipped event) {
        out.println();
        print("== " + event.stage() + ": skipped: " + event.reason());
    }

    @Override
    public void runEnded(PipelineEvent.RunEnded event) {
        TaskResult result = event.result();
        if (!result.solved()) {
            return;
        }
        out.println();
        print("== summary");
        try {
            store.find(RunArtifacts.PROGRAM).ifPresent(program -> print(ProgramText.of(program)));
        } catch (ArtifactException e) {
            print(e.getMessage());
        }
        String proof = result.proof() == null ? "not proven: no proof was attempted"
                : result.proof().proven() ? "PROVEN by " + result.proof().prover() + ": " + result.proof().claim()
                : result.proof().status() == ProofRecord.Status.TABLES_AGREE
                        ? "not proven (data only, nothing to prove against); the tables agree, checked by " + result.proof().prover() + ": " + result.proof().claim()
                : "not proven (" + result.proof().status().label() + "): " + result.proof().detail();
        print(String.format(Locale.ROOT, "%s: verified; %s", result.task(), proof));
        if (!result.code().isEmpty()) {
            print("code: " + String.join(", ", result.code().stream().map(f -> store.directory().resolve(f).toString()).toList()));
        }
    }

    private void print(String text) {
        out.println(text);
        out.flush();
    }
}
