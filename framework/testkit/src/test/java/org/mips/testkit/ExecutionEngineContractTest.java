package org.mips.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.mips.spi.engine.EngineContext;
import org.mips.spi.engine.EngineSession;
import org.mips.spi.engine.ExecutionEngine;
import org.mips.spi.engine.Job;
import org.mips.spi.engine.JobEnd;
import org.mips.spi.engine.JobListener;

/** Guards the guard: the execution engine contract passes a sound engine and fails broken ones. */
class ExecutionEngineContractTest {

    /** What a broken engine gets wrong. */
    enum Flaw { NONE, RUNS_ELSEWHERE, LOSES_THE_EXIT_CODE, DROPS_STANDARD_ERROR }

    /** Runs the jobs of a batch one after the other as child processes, with one flaw at a time. */
    static final class SequentialEngine implements ExecutionEngine {

        private final Flaw flaw;

        SequentialEngine(Flaw flaw) {
            this.flaw = flaw;
        }

        @Override
        public String id() {
            return "sequential";
        }

        @Override
        public String description() {
            return "one job at a time, for testing the contract";
        }

        @Override
        public EngineSession start(EngineContext context) {
            List<String> launcher = context.installation().launcher(1);
            return new EngineSession() {
                private volatile boolean cancelled;
                private final Set<Process> running = ConcurrentHashMap.newKeySet();

                @Override
                public String describe() {
                    return "sequential";
                }

                @Override
                public int parallelism() {
                    return 1;
                }

                @Override
                public void run(List<Job> jobs, JobListener listener) throws InterruptedException {
                    for (Job job : jobs) {
                        if (cancelled) {
                            return;
                        }
                        try {
                            List<String> command = new ArrayList<>(launcher);
                            command.addAll(job.arguments());
                            File where = flaw == Flaw.RUNS_ELSEWHERE ? Files.createTempDirectory("elsewhere").toFile() : job.directory().toFile();
                            ProcessBuilder builder = new ProcessBuilder(command).directory(where);
                            builder.redirectError(flaw == Flaw.DROPS_STANDARD_ERROR ? ProcessBuilder.Redirect.DISCARD
                                    : ProcessBuilder.Redirect.appendTo(job.directory().resolve(job.log()).toFile()));
                            Process process = builder.start();
                            running.add(process);
                            listener.started(job);
                            Thread reader = new Thread(() -> forward(process, job, listener));
                            reader.start();
                            try {
                                int code = process.waitFor();
                                reader.join();
                                if (!cancelled) {
                                    listener.ended(job, new JobEnd.Exited(flaw == Flaw.LOSES_THE_EXIT_CODE ? 0 : code));
                                }
                            } catch (InterruptedException e) {
                                process.destroyForcibly();
                                throw e;
                            } finally {
                                running.remove(process);
                            }
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                }

                private void forward(Process process, Job job, JobListener listener) {
                    try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                            listener.printed(job, line);
                        }
                    } catch (IOException e) {
                        // killed mid-line
                    }
                }

                @Override
                public void cancel() {
                    cancelled = true;
                    running.forEach(Process::destroyForcibly);
                }

                @Override
                public boolean cancelled() {
                    return cancelled;
                }

                @Override
                public void close() {
                    cancel();
                }
            };
        }
    }

    abstract static class Contract extends AbstractExecutionEngineContractTest {
        private final Flaw flaw;

        Contract(Flaw flaw) {
            this.flaw = flaw;
        }

        @Override
        protected ExecutionEngine engine() {
            return new SequentialEngine(flaw);
        }
    }

    static final class Sound extends Contract {
        Sound() {
            super(Flaw.NONE);
        }
    }

    static final class RunsElsewhere extends Contract {
        RunsElsewhere() {
            super(Flaw.RUNS_ELSEWHERE);
        }
    }

    static final class LosesTheExitCode extends Contract {
        LosesTheExitCode() {
            super(Flaw.LOSES_THE_EXIT_CODE);
        }
    }

    static final class DropsStandardError extends Contract {
        DropsStandardError() {
            super(Flaw.DROPS_STANDARD_ERROR);
        }
    }

    private static final String JOBS = "everyJobRunsOnceInItsDirectoryAndEndsAloneWithWhatItPrintedAndLeft";

    @Test
    void aSoundEnginePasses() {
        ContractRun run = ContractRun.of(Sound.class);
        assertEquals(Set.of(), run.failedMethods(), run::toString);
        assertTrue(run.passes(JOBS) == 1 && run.passes("cancelStopsARunningJobWhichThenHasNoEnd") == 1, run::toString);
    }

    @Test
    void anEngineThatRunsJobsOutsideTheirDirectoriesFails() {
        assertEquals(Set.of(JOBS), ContractRun.of(RunsElsewhere.class).failedMethods());
    }

    @Test
    void anEngineThatLosesTheExitCodeFails() {
        assertEquals(Set.of(JOBS), ContractRun.of(LosesTheExitCode.class).failedMethods());
    }

    @Test
    void anEngineThatDropsStandardErrorFails() {
        assertEquals(Set.of(JOBS), ContractRun.of(DropsStandardError.class).failedMethods());
    }
}
