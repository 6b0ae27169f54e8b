package org.mips.backend.cpu;

import org.mips.spi.training.TrainingBackend;
import org.mips.spi.training.TrainingListener;
import org.mips.spi.training.TrainingRequest;
import org.mips.spi.training.TrainingResult;
import org.pf4j.Extension;

/**
 * The default training backend: the paper's GeneralRNN trained in pure Java with hand-written
 * backpropagation through time. Deterministic: the same request gives the same weights, bit for bit,
 * for any number of threads.
 */
@Extension
public final class CpuBackend implements TrainingBackend {

    private final DataCache cache = new DataCache();

    public CpuBackend() {
        JitWarmup.start();
    }

    @Override
    public String id() {
        return "cpu";
    }

    @Override
    public String description() {
        return "Pure-Java BPTT on the CPU, deterministic for any thread count; " + Kernel.describe();
    }

    @Override
    public TrainingResult train(TrainingRequest request, TrainingListener listener) {
        return new Trainer(request, cache).run(listener);
    }
}
