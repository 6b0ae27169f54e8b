package org.mips.core.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mips.core.UserException;
import org.mips.core.config.ConfigException;
import org.mips.spi.pipeline.ArtifactType;
import org.mips.spi.pipeline.BuiltInStages;
import org.mips.spi.pipeline.Stage;

/**
 * The order stages run in. By default it follows every stage's {@link org.mips.spi.pipeline.Placement}
 * (a topological order; among stages free to go next, the built-in ones keep their own order and the
 * others follow by id, so that the order is the same on every run). The configuration may instead list
 * the order ({@code pipeline.stages}), which must keep every required stage and read no artifact before a
 * stage writes it, and may leave out optional stages ({@code pipeline.skip}).
 */
final class StageOrder {

    /** How far past (or short of) the stages it names a plugin's stage points: far less than one built-in stage. */
    private static final double STEP = 1e-3;

    private StageOrder() {
    }

    /**
     * @param explicit      the configured order, empty for the placements' order
     * @param skip          optional stages to leave out
     * @param explicitWhere where the configured order comes from, for errors
     * @param skipWhere     where the skipped stages come from, for errors
     */
    static List<Stage> of(List<Stage> installed, List<String> explicit, List<String> skip, String explicitWhere, String skipWhere) {
        Map<String, Stage> byId = new LinkedHashMap<>();
        installed.forEach(stage -> byId.put(stage.id(), stage));
        List<Stage> order = explicit.isEmpty() ? byPlacement(byId) : listed(byId, explicit, explicitWhere);
        for (String id : skip) {
            Stage stage = byId.get(id);
            if (stage == null) {
                throw new ConfigException(skipWhere + ": pipeline.skip: no stage '" + id + "'; stages: " + String.join(", ", byId.keySet()));
            }
            if (!stage.optional()) {
                throw new ConfigException(skipWhere + ": pipeline.skip: the " + id + " stage cannot be left out");
            }
        }
        List<Stage> kept = order.stream().filter(stage -> !skip.contains(stage.id())).toList();
        if (!explicit.isEmpty()) {
            checkReads(kept, explicitWhere);
        }
        return kept;
    }

    private static List<Stage> listed(Map<String, Stage> byId, List<String> explicit, String where) {
        List<Stage> order = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String id : explicit) {
            Stage stage = byId.get(id);
            if (stage == null) {
                throw new ConfigException(where + ": pipeline.stages: no stage '" + id + "'; stages: " + String.join(", ", byId.keySet()));
            }
            if (!seen.add(id)) {
                throw new ConfigException(where + ": pipeline.stages: '" + id + "' is listed twice");
            }
            order.add(stage);
        }
        for (Stage stage : byId.values()) {
            if (!stage.optional() && !seen.contains(stage.id())) {
                throw new ConfigException(where + ": pipeline.stages: the " + stage.id() + " stage cannot be left out");
            }
        }
        return order;
    }

    /** No stage may read an artifact that a stage after it writes. */
    private static void checkReads(List<Stage> order, String where) {
        Map<String, Integer> writer = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            for (ArtifactType<?> type : order.get(i).writes()) {
                writer.putIfAbsent(type.fileName(), i);
            }
        }
        for (int i = 0; i < order.size(); i++) {
            for (ArtifactType<?> type : order.get(i).reads()) {
                Integer w = writer.get(type.fileName());
                if (w != null && w > i) {
                    throw new ConfigException(where + ": pipeline.stages: " + order.get(i).id() + " reads " + type.fileName()
                            + ", which " + order.get(w).id() + " writes after it");
                }
            }
        }
    }

    /**
     * Stages in an order that keeps every placement and puts each stage after the writers of what it reads.
     * Among stages free to run next, the one whose placement points earliest goes first: a built-in stage at
     * its own place, a stage placed after others just after the last of them, one placed only before others
     * just before the first of them, and one placed nowhere at the end; ties go by id.
     */
    private static List<Stage> byPlacement(Map<String, Stage> byId) {
        Map<String, Set<String>> predecessors = new LinkedHashMap<>();
        byId.keySet().forEach(id -> predecessors.put(id, new LinkedHashSet<>()));
        Map<String, String> writers = new HashMap<>();
        byId.values().forEach(stage -> stage.writes().forEach(type -> writers.putIfAbsent(type.fileName(), stage.id())));
        for (Stage stage : byId.values()) {
            for (String after : stage.placement().after()) {
                if (byId.containsKey(after)) {
                    predecessors.get(stage.id()).add(after);
                }
            }
            for (String before : stage.placement().before()) {
                if (byId.containsKey(before)) {
                    predecessors.get(before).add(stage.id());
                }
            }
            for (ArtifactType<?> read : stage.reads()) {
                String writer = writers.get(read.fileName());
                if (writer != null && !writer.equals(stage.id())) {
                    predecessors.get(stage.id()).add(writer);
                }
            }
        }
        Map<String, Double> position = positions(byId);
        Comparator<String> earliest = Comparator.comparingDouble((String id) -> position.get(id)).thenComparing(id -> id);
        List<Stage> order = new ArrayList<>();
        Set<String> placed = new LinkedHashSet<>();
        while (placed.size() < byId.size()) {
            String next = predecessors.entrySet().stream()
                    .filter(e -> !placed.contains(e.getKey()) && placed.containsAll(e.getValue()))
                    .map(Map.Entry::getKey).min(earliest).orElse(null);
            if (next == null) {
                List<String> stuck = byId.keySet().stream().filter(id -> !placed.contains(id)).toList();
                throw new UserException("the stages " + String.join(", ", stuck) + " are placed in a circle (each after another of them);"
                        + " 'mips plugins' shows where they come from");
            }
            placed.add(next);
            order.add(byId.get(next));
        }
        return order;
    }

    /** Where each stage's placement points: built-in stages at their index, others near the stages they name. */
    private static Map<String, Double> positions(Map<String, Stage> byId) {
        Map<String, Double> position = new HashMap<>();
        byId.keySet().forEach(id -> position.put(id, BuiltInStages.ALL.contains(id) ? BuiltInStages.ALL.indexOf(id) : Double.NaN));
        // Stages placed relative to other plugins' stages settle within as many rounds as there are stages.
        for (int round = 0; round < byId.size(); round++) {
            for (Stage stage : byId.values()) {
                if (BuiltInStages.ALL.contains(stage.id())) {
                    continue;
                }
                double after = stage.placement().after().stream().map(position::get).filter(p -> p != null && !p.isNaN())
                        .mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
                double before = stage.placement().before().stream().map(position::get).filter(p -> p != null && !p.isNaN())
                        .mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
                position.put(stage.id(), !Double.isNaN(after) ? after + STEP : !Double.isNaN(before) ? before - STEP : Double.NaN);
            }
        }
        position.replaceAll((id, p) -> p.isNaN() ? Double.MAX_VALUE : p);
        return position;
    }
}
