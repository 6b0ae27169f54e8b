package org.mips.core.result;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.mips.core.emit.EmitRecord;
import org.mips.core.extract.ExtractRecord;
import org.mips.core.imports.ImportRecord;
import org.mips.core.pipeline.StageReport;
import org.mips.core.prove.ProofRecord;
import org.mips.core.regress.Formula;
import org.mips.core.regress.RegressRecord;
import org.mips.core.regress.VerificationRecord;
import org.mips.core.search.SearchResult;
import org.mips.core.stages.RunArtifacts;
import org.mips.core.store.ArtifactException;
import org.mips.core.store.RunStore;
import org.mips.spi.pipeline.ArtifactType;
import org.mips.spi.pipeline.StageOutcome;
import org.mips.spi.task.Task;

/**
 * Makes a task's {@link TaskResult} from how its stages ended and what its run directory holds. The
 * verdict rests on the artifacts (a program is solved only when {@code verification.json} says every
 * check passed, and proven only when {@code proof.json} says the verifier succeeded); the stages say
 * where and why a run that got no further stopped or failed.
 */
public final class TaskResults {

    private TaskResults() {
    }

    /** The result of {@code task}'s run, from the stages that ran (in order) and the run directory. */
    public static TaskResult of(Task task, RunStore store, List<StageReport> stages) {
        return of(task.id(), task.description(), store, stages);
    }

    /**
     * The result of a task's runs, from the stages that ran in every session (in order; a process killed
     * mid-stage is that stage failed) and the run directory.
     */
    public static TaskResult of(String task, String description, RunStore store, List<StageReport> stages) {
        Optional<SearchResult> search = find(store, RunArtifacts.SEARCH);
        Optional<ExtractRecord> extract = find(store, RunArtifacts.EXTRACT);
        Optional<RegressRecord> regress = find(store, RunArtifacts.REGRESS);
        Optional<VerificationRecord> verification = find(store, RunArtifacts.VERIFICATION);
        Optional<ProofRecord> proof = find(store, RunArtifacts.PROOF);
        Optional<EmitRecord> emit = find(store, RunArtifacts.EMIT);

        TreeSet<String> regressors = new TreeSet<>();
        Integer size = null;
        if (regress.isPresent() && regress.get().formulas().stream().allMatch(Formula::fitted)) {
            size = 0;
            for (Formula formula : regress.get().formulas()) {
                regressors.add(formula.regressor());
                size += formula.size();
            }
        }
        Optional<StageReport> failure = stages.stream().filter(s -> s.outcome() instanceof StageOutcome.Failed).findFirst();
        Optional<StageReport> stop = stages.stream().filter(s -> s.outcome() instanceof StageOutcome.Stopped).findFirst();
        boolean verified = verification.map(VerificationRecord::passed).orElse(false);
        boolean proven = proof.map(ProofRecord::proven).orElse(false);

        TaskStatus status;
        String stage = stages.isEmpty() ? "" : stages.get(stages.size() - 1).stage();
        String reason;
        if (verified) {
            status = proven ? TaskStatus.PROVEN : TaskStatus.SOLVED;
            reason = failure.map(TaskResults::failed)
                    .orElse(proven ? "" : proof.map(TaskResults::notProven).orElse("no proof was attempted"));
        } else if (stop.isPresent()) {
            // A stage that found nothing says more than an optional one that failed before it.
            status = TaskStatus.UNSOLVED;
            stage = stop.get().stage();
            reason = stop.get().outcome().reason();
        } else if (failure.isPresent()) {
            status = TaskStatus.FAILED;
            stage = failure.get().stage();
            reason = failure.get().outcome().reason();
        } else {
            status = TaskStatus.UNSOLVED;
            reason = "the run ended without a verified program";
        }
        Map<String, Double> seconds = new LinkedHashMap<>();
        double total = 0;
        for (StageReport report : stages) {
            double rounded = Math.round(report.seconds() * 10) / 10.0;
            seconds.merge(report.stage(), rounded, Double::sum);
            total += rounded;
        }
        List<String> code = new ArrayList<>();
        emit.ifPresent(e -> e.files().forEach(f -> code.add(f.file())));
        return new TaskResult(task, description, store.directory().toString(), status, stage, reason,
                search.map(SearchResult::chosen).map(TaskResults::network)
                        .or(() -> find(store, RunArtifacts.IMPORT).map(TaskResults::imported)).orElse(null),
                regress.map(RegressRecord::chosen).filter(c -> !c.isEmpty()).or(() -> extract.map(ExtractRecord::chosen)).orElse(null),
                List.copyOf(regressors), size,
                verification.orElse(null), proof.orElse(null), code, seconds,
                Math.round(total * 10) / 10.0, null);
    }

    private static String notProven(ProofRecord proof) {
        return proof.status() == ProofRecord.Status.TABLES_AGREE
                ? "data only, nothing to prove against; the formulas agree with the machine's tables on the observed rows (" + proof.detail() + ")"
                : "not proven (" + proof.status().label() + "): " + proof.detail();
    }

    private static String failed(StageReport report) {
        return report.stage() + " failed: " + report.outcome().reason();
    }

    /** The artifact when the directory has a readable one; a damaged file counts as missing here. */
    private static <T> Optional<T> find(RunStore store, ArtifactType<T> type) {
        try {
            return store.find(type);
        } catch (ArtifactException e) {
            return Optional.empty();
        }
    }

    /** The chosen network as results show it: {@code n,Lh,wh,Lo,wo}, and its encodings unless they are the paper's scalar ones. */
    static String network(SearchResult.Chosen chosen) {
        return network(chosen.architecture(), chosen.encodings());
    }

    /** An imported network as a searched one, marked imported, with its activation unless it is the paper's ReLU. */
    static String imported(ImportRecord imported) {
        return network(imported.architecture(), imported.encodings()) + " (imported" + (imported.activation().equals("relu") ? "" : ", "
                + imported.activation()) + ")";
    }

    private static String network(String architecture, String encodings) {
        return encodings.equals("scalar") ? architecture : architecture + " " + encodings;
    }
}
