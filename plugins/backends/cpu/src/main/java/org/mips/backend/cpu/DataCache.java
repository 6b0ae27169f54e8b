package org.mips.backend.cpu;

import java.util.Map;
import java.util.WeakHashMap;
import org.mips.spi.task.Split;

/**
 * The float32 copies of splits, made once per split rather than once per training: an architecture
 * search trains dozens of networks on the same data. Keyed by the split's identity and held weakly,
 * so a dataset nobody uses any more is freed with its copy.
 */
final class DataCache {

    private final Map<Split, SequenceData> copies = new WeakHashMap<>();

    synchronized SequenceData get(Split split) {
        return copies.computeIfAbsent(split, SequenceData::new);
    }
}
