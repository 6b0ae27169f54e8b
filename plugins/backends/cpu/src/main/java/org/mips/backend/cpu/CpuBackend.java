package org.mips.backend.cpu;

import java.util.Locale;
import java.util.Optional;
import org.mips.spi.network.Activation;
import org.mips.spi.network.Architecture;
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
        refusal(request.architecture()).ifPresent(reason -> {
            throw new IllegalArgumentException(reason);
        });
        return new Trainer(request, cache).run(listener);
    }

    /** Both kernels hard-wire ReLU and its derivative: the paper's 62 tasks all use it. */
    @Override
    public Optional<String> refusal(Architecture architecture) {
        return architecture.activation() == Activation.RELU ? Optional.empty()
                : Optional.of("the cpu backend trains ReLU networks only (this one is " + architecture.activation().name().toLowerCase(Locale.ROOT) + ")");
    }
}
