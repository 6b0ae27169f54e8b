package org.mips.core.result;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mips.core.io.AtomicFiles;
import org.mips.core.prove.ProofRecord;
import org.mips.core.store.RunStore;
import org.mips.spi.pipeline.BuiltInStages;

/**
 * The benchmark's tables, each written atomically: {@code results.json} (everything, one record per
 * task), {@code results.csv} (one row per task, for spreadsheets) and {@code results.md} (the paper's
 * table with our columns beside the reference's MIPS and GPT-4 columns, and the totals).
 */
public final class ResultsFiles {

    public static final String JSON = BenchResults.FILE.fileName();
    public static final String CSV = "results.csv";
    public static final String MARKDOWN = "results.md";

    private ResultsFiles() {
    }

    /** Writes the three files into {@code dir}; returns them. */
    public static List<Path> write(Path dir, BenchResults run) {
        RunStore.at(dir).write(BenchResults.FILE, run);
        AtomicFiles.write(dir.resolve(CSV), csv(run.tasks()));
        AtomicFiles.write(dir.resolve(MARKDOWN), markdown(run));
        return List.of(dir.resolve(JSON), dir.resolve(CSV), dir.resolve(MARKDOWN));
    }

    static String csv(List<TaskResult> results) {
        StringBuilder out = new StringBuilder("task,status,stage,architecture,detector,regressors,program_size,verified,proof,"
                + "search_s,simplify_s,extract_s,regress_s,verify_s,prove_s,emit_s,total_s,mips,gpt4,reason\n");
        for (TaskResult r : results) {
            List<String> row = new ArrayList<>(List.of(r.task(), r.status().label(), r.stage(), nz(r.architecture()), nz(r.detector()),
                    String.join("+", r.regressors()), r.programSize() == null ? "" : r.programSize().toString(),
                    r.verification() == null ? "" : Boolean.toString(r.verification().passed()), r.proof() == null ? "" : r.proof().status().label()));
            for (String stage : BuiltInStages.ALL) {
                Double s = r.seconds().get(stage);
                row.add(s == null ? "" : String.format(Locale.ROOT, "%.1f", s));
            }
            row.add(String.format(Locale.ROOT, "%.1f", r.totalSeconds()));
            row.add(r.paper() == null ? "" : r.paper().mips());
            row.add(r.paper() == null ? "" : r.paper().gpt4());
            row.add(r.reason());
            out.append(String.join(",", row.stream().map(ResultsFiles::csvField).toList())).append('\n');
        }
        return out.toString();
    }

    private static String csvField(String field) {
        return field.contains(",") || field.contains("\"") || field.contains("\n") ? "\"" + field.replace("\"", "\"\"") + "\"" : field;
    }

    static String markdown(BenchResults run) {
        Totals totals = run.totals();
        List<TaskResult> results = run.tasks();
        StringBuilder out = new StringBuilder();
        out.append("# The benchmark: from each task's data to a verified, proven program\n\n");
        out.append(String.format(Locale.ROOT, "Produced by `%s`: %d tasks, %d at a time, each with a search budget of %s; wall time %s%s.%n%n",
                run.command(), totals.tasks(), run.jobs(), minutes(run.budgetPerTaskSeconds()), minutes(run.wallSeconds()),
                run.complete() ? "" : " so far (the run has not finished; `--resume` continues it)"));
        boolean paper = results.stream().anyMatch(r -> r.paper() != null);
        long tablesAgree = tablesAgree(results);
        boolean specified = againstSpecifications(results);
        out.append("Each task runs the whole pipeline: search for the smallest perfect network, simplify, extract, regress, "
                + "verify, prove, emit. ").append(solvedMeans(results));
        if (specified) {
            out.append(" **Proven** means `dafny` verified the generated proof that the program and the task's specification emit "
                    + "the same outputs on every input sequence of every length.");
        }
        if (tablesAgree > 0) {
            out.append(" **Tables agree** means `dafny` verified that the program's formulas give the extracted machine's initial "
                    + "state, next state and output on every state and input the network was observed in. Data defines its task "
                    + "only by its rows, so this is not a proof and says nothing beyond those rows.");
        }
        if (paper) {
            out.append(" Beside ours: the reference's evidence for the paper's MIPS (Y: its emitted program is exactly correct) "
                    + "and GPT-4 as the paper counted it.");
        }
        out.append("\n\n## Totals\n\n");
        out.append(String.format(Locale.ROOT, "- Solved: **%d** of %d", totals.solved(), totals.tasks()));
        if (specified) {
            out.append(String.format(Locale.ROOT, "; proven for every input length: **%d**", totals.proven()));
        }
        if (tablesAgree > 0) {
            out.append(String.format(Locale.ROOT, "; tables agree (not a proof): %d", tablesAgree));
        }
        out.append(".\n");
        slowestProof(results).ifPresent(r -> out.append(String.format(Locale.ROOT, "- Slowest proof: %.1f s (%s).%n", r.proof().seconds(),
                r.task())));
        if (paper) {
            out.append(String.format(Locale.ROOT, "- The paper's MIPS: %d; GPT-4: %d.%n", totals.mips(), totals.gpt4()));
            out.append(String.format(Locale.ROOT, "- Solved by us and not by MIPS: %d (%s); by MIPS and not by us: %d (%s).%n",
                    totals.solvedOnlyByUs(), names(results, r -> r.solved() && (r.paper() == null || !r.paper().mipsSolved())),
                    totals.mipsOnly(), names(results, r -> !r.solved() && r.paper() != null && r.paper().mipsSolved())));
            out.append(String.format(Locale.ROOT, "- Union of ours and MIPS: %d; of all three: %d.%n", totals.unionWithMips(), totals.unionAll()));
        }
        out.append("\n");
        out.append("## Per task\n\n");
        out.append("| task | status | stage reached | network | detector | regressors | program size | time | why not proven |"
                + (paper ? " MIPS | GPT-4 |" : "") + "\n");
        out.append("|---|---|---|---|---|---|---:|---:|---|" + (paper ? "---|---|" : "") + "\n");
        for (TaskResult r : results) {
            String status = r.solved() ? "**" + r.status().label() + "**" : r.status().label();
            out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s |", r.task(), status, r.stage(),
                    r.architecture() == null ? "" : "`" + r.architecture() + "`", nz(r.detector()), String.join("+", r.regressors()),
                    r.programSize() == null ? "" : r.programSize(), minutes(r.totalSeconds()), cell(r.reason())));
            if (paper) {
                out.append(String.format(Locale.ROOT, " %s | %s |", r.paper() == null ? "" : r.paper().mips(), r.paper() == null ? "" : r.paper().gpt4()));
            }
            out.append('\n');
        }
        return out.toString();
    }

    /** The task whose proof (proven, or tables agreeing) took the verifier longest. */
    public static java.util.Optional<TaskResult> slowestProof(List<TaskResult> results) {
        return results.stream().filter(r -> r.proof() != null && (r.proof().proven() || tablesAgree(r)))
                .max(java.util.Comparator.comparingDouble(r -> r.proof().seconds()));
    }

    /** The tasks whose formulas were checked against their machine's tables (data without a specification). */
    public static long tablesAgree(List<TaskResult> results) {
        return results.stream().filter(ResultsFiles::tablesAgree).count();
    }

    /**
     * Whether the run has tasks a proof could be against a specification for: the paper's, or any whose
     * prover got further than "nothing to prove against" and did not only compare tables.
     */
    public static boolean againstSpecifications(List<TaskResult> results) {
        return results.stream().anyMatch(r -> r.paper() != null || r.status() == TaskStatus.PROVEN
                || r.proof() != null && !tablesAgree(r) && r.proof().status() != ProofRecord.Status.NO_PROOF);
    }

    private static boolean tablesAgree(TaskResult r) {
        return r.proof() != null && r.proof().status() == ProofRecord.Status.TABLES_AGREE;
    }

    /** What "solved" checked: the held-out split always, the sequences ten times longer where the task can make them. */
    private static String solvedMeans(List<TaskResult> results) {
        List<TaskResult> verified = results.stream().filter(r -> r.verification() != null).toList();
        long longer = verified.stream().filter(r -> r.verification().checks().size() > 1).count();
        if (!verified.isEmpty() && longer == 0) {
            return "**Solved** means the program reproduced every output of the data's held-out split (data has no "
                    + "generator for longer sequences, so nothing beyond the split was checked).";
        }
        String both = "**Solved** means the program reproduced every output of the task's whole held-out split and of 10,000 "
                + "fresh sequences ten times the training length";
        return longer == verified.size() ? both + "." : both + " (for a task of data, only the held-out split: it has no generator).";
    }

    private static String names(List<TaskResult> results, java.util.function.Predicate<TaskResult> which) {
        List<String> names = results.stream().filter(which).map(TaskResult::task).toList();
        return names.isEmpty() ? "none" : String.join(", ", names);
    }

    /** A reason in one table cell: no pipes or line breaks, at most 200 characters (results.json has it whole). */
    private static String cell(String text) {
        String flat = text.replace('|', '/').replace('\n', ' ');
        return flat.length() <= 200 ? flat : flat.substring(0, 200) + " ...";
    }

    private static String nz(String text) {
        return text == null ? "" : text;
    }

    /** {@code 42 s} or {@code 3 min 5 s}. */
    public static String minutes(double seconds) {
        long s = Math.round(seconds);
        return s < 60 ? s + " s" : s / 60 + " min " + s % 60 + " s";
    }
}
