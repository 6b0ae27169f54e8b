package org.mips.backend.cpu;

import java.util.ArrayList;
import java.util.List;
import org.mips.spi.encode.Encodings;
import org.mips.spi.task.Split;

/**
 * The encoded copies of the last few splits trained on, so that an architecture search, which trains
 * dozens of networks on one dataset, copies it once. A copy depends on the split and on the encodings
 * it was made with (the same split one-hot is another copy). Splits are compared by identity (comparing
 * a million sequences by content would cost more than the copy), encodings by value, and only
 * {@value #CAPACITY} copies are kept, so data nobody uses any more is freed.
 */
final class DataCache {

    static final int CAPACITY = 4;

    private record Entry(Split split, Encodings encodings, SequenceData data) {
    }

    private final List<Entry> entries = new ArrayList<>();

    synchronized SequenceData get(Split split, Encodings encodings) {
        for (int i = 0; i < entries.size(); i++) {
            Entry entry = entries.get(i);
            if (entry.split() == split && entry.encodings().equals(encodings)) {
                entries.remove(i);
                entries.add(0, entry);
                return entry.data();
            }
        }
        SequenceData data = SequenceData.of(split, encodings);
        entries.add(0, new Entry(split, encodings, data));
        if (entries.size() > CAPACITY) {
            entries.remove(entries.size() - 1);
        }
        return data;
    }
}
