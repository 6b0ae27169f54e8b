package org.mips.core.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;

/**
 * The tabular parts of a task's section: search trials, simplification, extraction candidates,
 * verification checks and the proof. Each takes the artifact's JSON, already known to be present.
 */
final class ArtifactTables {

    private static final List<String> METRICS =
            List.of("parameters", "nonZero", "integers", "effectiveHiddenDim", "accuracy", "wrong");

    private ArtifactTables() {
    }

    static String trials(List<TrialChart.Trial> trials) {
        Html html = new Html().open("table", "class", "compact").open("thead")
                .row("th", "#", "architecture", "seed", "steps", "start", "seconds", "best accuracy", "perfect at",
                        "stop", "reason")
                .close("thead").open("tbody");
        for (TrialChart.Trial trial : trials) {
            html.open("tr", "class", trial.perfect() ? "perfect" : "")
                    .element("td", Long.toString(trial.index()), "class", "num")
                    .element("td", trial.architecture()).element("td", trial.seed(), "class", "num")
                    .element("td", trial.steps(), "class", "num")
                    .element("td", Fmt.num(trial.startSeconds()), "class", "num")
                    .element("td", Fmt.num(trial.seconds()), "class", "num")
                    .element("td", Fmt.percent(trial.bestAccuracy()), "class", "num")
                    .element("td", trial.perfectAtStep(), "class", "num").element("td", trial.stop())
                    .element("td", trial.reason()).close("tr");
        }
        return html.close("tbody").close("table").toString();
    }

    /** Initial and final metrics side by side, then what each normalizer did. */
    static String simplify(JsonNode simplify) {
        JsonNode initial = Json.object(simplify, "initial");
        JsonNode result = Json.object(simplify, "result");
        Html html = new Html().open("div", "class", "row").open("table", "class", "compact")
                .open("thead").row("th", "metric", "initial", "result").close("thead").open("tbody");
        for (String metric : METRICS) {
            html.row("td", metric, metric(initial, metric), metric(result, metric));
        }
        html.close("tbody").close("table");
        List<JsonNode> steps = Json.list(simplify, "steps");
        if (!steps.isEmpty()) {
            html.open("table", "class", "compact grow").open("thead")
                    .row("th", "normalizer", "status", "non-zero", "integers", "accuracy", "reason")
                    .close("thead").open("tbody");
            for (JsonNode step : steps) {
                JsonNode after = Json.object(step, "after");
                html.open("tr").element("td", Json.text(step, "normalizer"))
                        .element("td", Json.text(step, "status").toLowerCase(Locale.ROOT))
                        .element("td", metric(after, "nonZero"), "class", "num")
                        .element("td", metric(after, "integers"), "class", "num")
                        .element("td", metric(after, "accuracy"), "class", "num")
                        .element("td", Json.text(step, "reason")).close("tr");
            }
            html.close("tbody").close("table");
        }
        return html.close("div").toString();
    }

    private static String metric(JsonNode metrics, String name) {
        return name.equals("accuracy") ? Fmt.percent(Json.number(metrics, name)) : Json.numberText(metrics, name);
    }

    /** Every detector's candidate, the chosen one highlighted, and the replay against the network. */
    static String extract(JsonNode extract) {
        Html html = new Html().open("table", "class", "compact").open("thead")
                .row("th", "detector", "status", "variables", "states", "description length", "reason")
                .close("thead").open("tbody");
        for (JsonNode candidate : Json.list(extract, "candidates")) {
            String status = Json.text(candidate, "status");
            html.open("tr", "class", status.equals("CHOSEN") ? "perfect" : "")
                    .element("td", Json.text(candidate, "detector"))
                    .element("td", status.toLowerCase(Locale.ROOT))
                    .element("td", Json.text(candidate, "variables"))
                    .element("td", Json.numberText(candidate, "states"), "class", "num")
                    .element("td", Json.numberText(candidate, "descriptionLength"), "class", "num")
                    .element("td", Json.text(candidate, "reason")).close("tr");
        }
        html.close("tbody").close("table");
        JsonNode replay = Json.object(extract, "replay");
        if (replay != null) {
            String disagreement = Json.text(replay, "disagreement");
            html.element("p", "Replay against the network: " + Json.numberText(replay, "agreeing") + " of "
                    + Json.numberText(replay, "sequences") + " sequences agree"
                    + (disagreement.isEmpty() ? "." : "; " + disagreement));
        }
        return html.toString();
    }

    /** The checks; a check without a "passed" field passed when it has no counterexample. */
    static String verification(JsonNode verification) {
        boolean passed = Json.has(verification, "passed") && verification.get("passed").asBoolean();
        Html html = new Html().open("p").element("span", passed ? "passed" : "failed", "class",
                "badge " + (passed ? "st-proven" : "st-failed")).close("p");
        html.open("table", "class", "compact").open("thead")
                .row("th", "check", "sequences", "length", "result", "counterexample").close("thead").open("tbody");
        for (JsonNode check : Json.list(verification, "checks")) {
            String counterexample = Json.text(check, "counterexample");
            boolean ok = Json.has(check, "passed") ? check.get("passed").asBoolean() : counterexample.isEmpty();
            html.open("tr").element("td", Json.text(check, "name"))
                    .element("td", counted(Json.number(check, "sequences")), "class", "num")
                    .element("td", Json.numberText(check, "length"), "class", "num")
                    .element("td", ok ? "passed" : "failed", "class", ok ? "ok" : "bad")
                    .element("td", counterexample).close("tr");
        }
        return html.close("tbody").close("table").toString();
    }

    /** The proof's outcome, what it claims and how, and a link to the proof file when there is one. */
    static String proof(JsonNode proof, TaskDir dir) {
        String status = Json.text(proof, "status");
        Html html = new Html().open("p").element("span", status.isEmpty() ? "unknown" : status, "class",
                "badge " + (status.equals("proven") ? "st-proven" : "st-failed")).text(" ")
                .text(Json.text(proof, "detail")).close("p");
        html.open("table", "class", "facts").open("tbody");
        fact(html, "claim", Json.text(proof, "claim"));
        fact(html, "prover", Json.text(proof, "prover"));
        fact(html, "abstraction", Json.text(proof, "abstraction"));
        fact(html, "invariant", Json.text(proof, "invariant"));
        fact(html, "time", Json.has(proof, "seconds") ? Fmt.seconds(Json.number(proof, "seconds")) : "");
        html.close("tbody").close("table");
        String file = Json.text(proof, "file").isEmpty() ? "proof.dfy" : Json.text(proof, "file");
        if (dir.has(file)) {
            html.open("p").text("Proof: ").element("a", dir.link() + "/" + file, "href", dir.href(file)).close("p");
        }
        return html.toString();
    }

    private static void fact(Html html, String name, String value) {
        if (!value.isEmpty()) {
            html.open("tr").element("th", name).element("td", value).close("tr");
        }
    }

    private static String counted(double value) {
        return Double.isFinite(value) ? Fmt.count(Math.round(value)) : Fmt.NONE;
    }
}
