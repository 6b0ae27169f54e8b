package org.mips.core.tasks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.mips.core.Spelling;
import org.mips.core.UserException;
import org.mips.spi.task.Task;
import org.mips.spi.task.TaskSuite;

/**
 * Every task of every {@link TaskSuite}, found by id or alias, ignoring case. A name claimed by two
 * tasks is an error naming both suites when it is asked for.
 */
public final class TaskCatalog {

    private final List<Task> tasks = new ArrayList<>();
    private final Map<String, List<Claim>> byName = new LinkedHashMap<>();

    private record Claim(Task task, String suite) {
    }

    public TaskCatalog(List<TaskSuite> suites) {
        for (TaskSuite suite : suites) {
            for (Task task : suite.tasks()) {
                tasks.add(task);
                claim(task.id(), task, suite);
                task.aliases().forEach(alias -> claim(alias, task, suite));
            }
        }
        tasks.sort(Comparator.comparing(t -> t.id().toLowerCase(Locale.ROOT)));
    }

    private void claim(String name, Task task, TaskSuite suite) {
        List<Claim> claims = byName.computeIfAbsent(name.toLowerCase(Locale.ROOT), n -> new ArrayList<>());
        if (claims.stream().noneMatch(c -> c.task() == task)) {
            claims.add(new Claim(task, suite.id()));
        }
    }

    /** All tasks, sorted by id. */
    public List<Task> all() {
        return List.copyOf(tasks);
    }

    /**
     * The task with this id or alias, ignoring case.
     *
     * @throws UserException if there is none (suggesting near names) or two tasks claim the name
     */
    public Task find(String name) {
        List<Claim> claims = byName.get(name.toLowerCase(Locale.ROOT));
        if (claims == null) {
            List<String> near = suggestions(name);
            throw new UserException("no task '" + name + "'" + (near.isEmpty()
                    ? "; 'mips tasks' lists them" : "; did you mean " + String.join(" or ", near) + "?"));
        }
        if (claims.size() > 1) {
            throw new UserException("task name '" + name + "' is claimed by " + claims.stream()
                    .map(c -> c.task().id() + " (suite " + c.suite() + ")").collect(Collectors.joining(" and ")));
        }
        return claims.get(0).task();
    }

    /** The ids nearest to {@code name} by edit distance, if near enough to be a typo; at most three. */
    private List<String> suggestions(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        Map<String, Integer> distances = new LinkedHashMap<>();
        tasks.forEach(t -> distances.put(t.id(), Spelling.distance(wanted, t.id().toLowerCase(Locale.ROOT))));
        int nearest = distances.values().stream().min(Integer::compare).orElse(Integer.MAX_VALUE);
        if (nearest > Math.max(2, wanted.length() / 4)) {
            return List.of();
        }
        return distances.entrySet().stream().filter(e -> e.getValue() == nearest).map(Map.Entry::getKey).limit(3).toList();
    }
}
