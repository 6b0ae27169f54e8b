package org.mips.core.report;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.mips.core.extract.Candidate;
import org.mips.core.extract.ExtractRecord;
import org.mips.core.extract.MachineReplay;
import org.mips.core.prove.ProofRecord;
import org.mips.core.regress.ProgramCandidate;
import org.mips.core.regress.RegressRecord;
import org.mips.core.regress.Verification;
import org.mips.core.regress.VerificationRecord;
import org.mips.core.search.TrialRecord;
import org.mips.core.simplify.NetworkMetrics;
import org.mips.core.simplify.SimplifyRecord;
import org.mips.core.simplify.SimplifyStep;

/**
 * The tabular parts of a task's section: search trials, simplification, extraction candidates,
 * verification checks and the proof. Each takes the artifact's record, already read. A text field the
 * file left out shows as nothing, a metric it left out as a dash.
 */
final class ArtifactTables {

    /** One row of the simplification table. */
    private record Metric(String name, Function<NetworkMetrics, String> value) {

        String of(NetworkMetrics metrics) {
            return metrics == null ? Fmt.NONE : value.apply(metrics);
        }
    }

    private static final Metric NON_ZERO = new Metric("nonZero", m -> Fmt.num(m.nonZero()));
    private static final Metric INTEGERS = new Metric("integers", m -> Fmt.num(m.integers()));
    private static final Metric ACCURACY = new Metric("accuracy", m -> Fmt.percent(m.accuracy()));
    private static final List<Metric> METRICS = List.of(new Metric("parameters", m -> Fmt.num(m.parameters())),
            NON_ZERO, INTEGERS, new Metric("effectiveHiddenDim", m -> Fmt.num(m.effectiveHiddenDim())), ACCURACY,
            new Metric("wrong", m -> Fmt.num(m.wrong())));

    private ArtifactTables() {
    }

    private static String join(String first, String second) {
        return first == null || first.isEmpty() ? second : first + "; " + second;
    }

    static String trials(List<TrialRecord> trials) {
        Html html = new Html().open("table", "class", "compact").open("thead")
                .row("th", "#", "architecture", "encodings", "seed", "steps", "start", "seconds", "best accuracy", "perfect at",
                        "stop", "reason")
                .close("thead").open("tbody");
        for (TrialRecord trial : trials) {
            html.open("tr", "class", trial.perfect() ? "perfect" : "")
                    .element("td", Integer.toString(trial.index()), "class", "num")
                    .element("td", trial.architecture()).element("td", trial.encodings())
                    .element("td", Integer.toString(trial.seed()), "class", "num")
                    .element("td", Integer.toString(trial.steps()), "class", "num")
                    .element("td", Fmt.num(trial.startSeconds()), "class", "num")
                    .element("td", Fmt.num(trial.seconds()), "class", "num")
                    .element("td", Fmt.percent(trial.bestAccuracy()), "class", "num")
                    .element("td", trial.perfectAtStep() == null ? "" : trial.perfectAtStep().toString(), "class", "num")
                    .element("td", TrialChart.stop(trial))
                    .element("td", trial.finish() == null ? trial.reason() : join(trial.reason(), String.format(java.util.Locale.ROOT,
                            "near miss at %s finished with %d steps at learning rate %s: %s", Fmt.percent(trial.finish().fromAccuracy()),
                            trial.finish().steps(), Fmt.num(trial.finish().learningRate()),
                            trial.finish().perfect() ? "perfect" : Fmt.percent(trial.finish().accuracy())))).close("tr");
        }
        return html.close("tbody").close("table").toString();
    }

    /** Initial and final metrics side by side, then what each normalizer did. */
    static String simplify(SimplifyRecord simplify) {
        Html html = new Html().open("div", "class", "row").open("table", "class", "compact")
                .open("thead").row("th", "metric", "initial", "result").close("thead").open("tbody");
        for (Metric metric : METRICS) {
            html.row("td", metric.name(), metric.of(simplify.initial()), metric.of(simplify.result()));
        }
        html.close("tbody").close("table");
        if (!simplify.steps().isEmpty()) {
            html.open("table", "class", "compact grow").open("thead")
                    .row("th", "normalizer", "status", "non-zero", "integers", "accuracy", "reason")
                    .close("thead").open("tbody");
            for (SimplifyStep step : simplify.steps()) {
                html.open("tr").element("td", step.normalizer())
                        .element("td", step.status() == null ? "" : step.status().name().toLowerCase(Locale.ROOT))
                        .element("td", NON_ZERO.of(step.after()), "class", "num")
                        .element("td", INTEGERS.of(step.after()), "class", "num")
                        .element("td", ACCURACY.of(step.after()), "class", "num")
                        .element("td", step.reason()).close("tr");
            }
            html.close("tbody").close("table");
        }
        return html.close("div").toString();
    }

    /** Every detector's candidate, the chosen one highlighted, and the replay against the network. */
    static String extract(ExtractRecord extract) {
        Html html = new Html().open("table", "class", "compact").open("thead")
                .row("th", "detector", "status", "variables", "states", "description length", "reason")
                .close("thead").open("tbody");
        for (Candidate candidate : extract.candidates()) {
            html.open("tr", "class", candidate.status() == Candidate.Status.CHOSEN ? "perfect" : "")
                    .element("td", candidate.detector())
                    .element("td", candidate.status() == null ? "" : candidate.status().name().toLowerCase(Locale.ROOT))
                    .element("td", String.join(", ", candidate.variables()))
                    .element("td", Fmt.num(candidate.states()), "class", "num")
                    .element("td", Fmt.num(candidate.descriptionLength()), "class", "num")
                    .element("td", candidate.reason()).close("tr");
        }
        html.close("tbody").close("table");
        MachineReplay replay = extract.replay();
        if (replay != null) {
            String disagreement = Fmt.text(replay.disagreement());
            html.element("p", "Replay against the network: " + Fmt.num(replay.agreeing()) + " of "
                    + Fmt.num(replay.sequences()) + " sequences agree"
                    + (disagreement.isEmpty() ? "." : "; " + disagreement));
        }
        return html.toString();
    }

    /** Every candidate machine regression tried (regress.json): its program's size and why it lost. */
    static String programCandidates(RegressRecord regress) {
        Html html = new Html().open("table", "class", "compact").open("thead")
                .row("th", "candidate", "status", "variables", "states", "size", "reason")
                .close("thead").open("tbody");
        for (ProgramCandidate candidate : regress.candidates()) {
            html.open("tr", "class", candidate.status() == ProgramCandidate.Status.CHOSEN ? "perfect" : "")
                    .element("td", candidate.name())
                    .element("td", candidate.status() == null ? "" : candidate.status().name().toLowerCase(Locale.ROOT).replace('_', ' '))
                    .element("td", String.join(", ", candidate.variables()))
                    .element("td", Fmt.num(candidate.states()), "class", "num")
                    .element("td", candidate.size() == 0 ? "" : Fmt.num(candidate.size()), "class", "num")
                    .element("td", candidate.reason()).close("tr");
        }
        return html.close("tbody").close("table").toString();
    }

    /** The verdict and each check, from verification.json or, without it, from results.json. */
    static String verification(VerificationRecord verification) {
        boolean passed = verification.passed();
        Html html = new Html().open("p").element("span", passed ? "passed" : "failed", "class",
                "badge " + (passed ? "st-proven" : "st-failed")).close("p");
        html.open("table", "class", "compact").open("thead")
                .row("th", "check", "sequences", "length", "result", "counterexample").close("thead").open("tbody");
        for (Verification.Check check : verification.checks()) {
            html.open("tr").element("td", check.name())
                    .element("td", Fmt.count(check.sequences()), "class", "num")
                    .element("td", Fmt.num(check.length()), "class", "num")
                    .element("td", check.passed() ? "passed" : "failed", "class", check.passed() ? "ok" : "bad")
                    .element("td", check.counterexample()).close("tr");
        }
        return html.close("tbody").close("table").toString();
    }

    /** The proof's outcome, what it claims and how, and a link to the proof file when there is one. */
    static String proof(ProofRecord proof, TaskDir dir) {
        String status = proof.status() == null ? "unknown" : proof.status().label();
        Html html = new Html().open("p").element("span", status, "class",
                "badge " + (proof.proven() ? "st-proven" : proof.status() == ProofRecord.Status.TABLES_AGREE ? "st-solved" : "st-failed")).text(" ")
                .text(proof.detail()).close("p");
        html.open("table", "class", "facts").open("tbody");
        fact(html, "claim", proof.claim());
        fact(html, "prover", proof.prover());
        fact(html, "abstraction", String.join(", ", proof.abstraction()));
        fact(html, "invariant", proof.invariant());
        fact(html, "time", Fmt.seconds(proof.seconds()));
        html.close("tbody").close("table");
        String file = Fmt.text(proof.file()).isEmpty() ? "proof.dfy" : proof.file();
        if (TaskDir.plainName(file) && dir.has(file)) {
            html.open("p").text("Proof: ").element("a", dir.link() + "/" + file, "href", dir.href(file)).close("p");
        }
        return html.toString();
    }

    private static void fact(Html html, String name, String value) {
        if (!Fmt.text(value).isEmpty()) {
            html.open("tr").element("th", name).element("td", value).close("tr");
        }
    }
}
