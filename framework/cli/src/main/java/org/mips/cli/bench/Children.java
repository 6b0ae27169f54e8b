package org.mips.cli.bench;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The child processes a benchmark has running: when the benchmark is stopped (Ctrl-C, a kill), its
 * shutdown hook cancels them all, so that none goes on writing into a directory a resumed run will use.
 */
public final class Children {

    private final Set<Process> running = new LinkedHashSet<>();
    private boolean cancelled;

    /** Registers a started child; false (and the child is killed) when the benchmark is already cancelled. */
    synchronized boolean add(Process process) {
        if (cancelled) {
            kill(process);
            return false;
        }
        running.add(process);
        return true;
    }

    synchronized void remove(Process process) {
        running.remove(process);
    }

    public synchronized boolean cancelled() {
        return cancelled;
    }

    /** Stops every running child and every child started from now on. */
    public synchronized void cancelAll() {
        cancelled = true;
        running.forEach(Children::kill);
        running.clear();
    }

    /** Kills a child and whatever it started (e.g. a verifier), descendants first. */
    static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
