package org.mips.core.engine;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The child processes running: when the command is stopped (Ctrl-C, a kill), its shutdown hook cancels
 * them all, so that none goes on writing into a directory a resumed run will use.
 */
public final class ChildProcesses {

    private final Set<Process> running = new LinkedHashSet<>();
    private boolean cancelled;

    /** Registers a started child; false (and the child is killed) when already cancelled. */
    public synchronized boolean add(Process process) {
        if (cancelled) {
            kill(process);
            return false;
        }
        running.add(process);
        return true;
    }

    public synchronized void remove(Process process) {
        running.remove(process);
    }

    public synchronized boolean cancelled() {
        return cancelled;
    }

    /** Stops every running child and every child started from now on. */
    public synchronized void cancelAll() {
        cancelled = true;
        running.forEach(ChildProcesses::kill);
        running.clear();
    }

    /** Kills a child and whatever it started (e.g. a verifier), descendants first. */
    public static void kill(Process process) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }
}
