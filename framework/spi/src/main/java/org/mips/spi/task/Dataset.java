package org.mips.spi.task;

import java.util.Objects;

/**
 * A task's data: a training split the network learns from and a held-out test split that decides
 * whether it is perfect and whether a program is correct.
 *
 * @param name a label for reports, e.g. the task id or the file it was read from
 */
public record Dataset(String name, Split train, Split test) {
    public Dataset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(train, "train");
        Objects.requireNonNull(test, "test");
        if (train.x().dimension() != test.x().dimension() || train.y().dimension() != test.y().dimension()) {
            throw new IllegalArgumentException("train and test splits of " + name + " have different dimensions");
        }
    }

    public int inputDimension() {
        return train.x().dimension();
    }

    public int outputDimension() {
        return train.y().dimension();
    }
}
