package org.mips.core.search;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of an architecture search, as {@code search.json} holds it.
 *
 * @param schemaVersion {@value #SCHEMA_VERSION} (1: written before trials said whether they were reused;
 *                      2: before encodings and the data survey)
 * @param task          the task id
 * @param backend       the training backend's id
 * @param strategy      the plan's id, e.g. {@code ladder}
 * @param chosen        the smallest perfect network found, or null when there is none
 * @param bestAccuracy  the highest test accuracy any trial reached (1.0 when a network was chosen)
 * @param complete      true when the plan ran to its end; false when the budget cut it short, in
 *                      which case {@code chosen} is the smallest perfect network found so far
 * @param seconds       wall-clock seconds the search took
 * @param budgetSeconds the time budget
 * @param workers       trainings run at once
 * @param trials        every trial, in the order they started
 * @param survey        what the data pointed to before training (null in schema versions before 3)
 */
public record SearchResult(int schemaVersion, String task, String backend, String strategy, Chosen chosen,
        double bestAccuracy, boolean complete, double seconds, double budgetSeconds, int workers,
        List<TrialRecord> trials, DataSurvey.Findings survey) {

    public static final int SCHEMA_VERSION = 3;

    public SearchResult {
        if (schemaVersion < 1 || schemaVersion > SCHEMA_VERSION) {
            throw new IllegalArgumentException("unsupported search schemaVersion " + schemaVersion);
        }
        Objects.requireNonNull(task, "task");
        trials = List.copyOf(trials);
    }

    /**
     * The network a search chose.
     *
     * @param architecture  {@code n,Lh,wh,Lo,wo}
     * @param seed          the seed that trained it
     * @param steps         steps its trial took
     * @param perfectAtStep the step of its first perfect evaluation
     * @param encodings     its track, e.g. {@code scalar} or {@code one-hot -> categorical}
     */
    public record Chosen(String architecture, int seed, int steps, int perfectAtStep, String encodings) {
        public Chosen {
            Objects.requireNonNull(architecture, "architecture");
            encodings = encodings == null ? "scalar" : encodings;
        }
    }
}
