package org.mips.backend.cpu;

import java.util.List;
import org.mips.spi.encode.OutputCode;

/**
 * Where each of the task's output columns sits among the network's outputs, as int arrays the kernels
 * index without boxing: a scalar column is one output trained with the paper's loss; a categorical one
 * is a group of {@code width} logits trained with softmax cross-entropy.
 */
final class OutputColumns {

    /** The task's output columns. */
    final int count;
    /** The network output where column {@code c} starts. */
    final int[] at;
    /** The network outputs column {@code c} takes: 1 for scalar, its class count for categorical. */
    final int[] width;
    /** Whether column {@code c} is categorical. */
    final boolean[] categorical;

    OutputColumns(List<OutputCode> codes) {
        this.count = codes.size();
        this.at = new int[count];
        this.width = new int[count];
        this.categorical = new boolean[count];
        int next = 0;
        for (int c = 0; c < count; c++) {
            OutputCode code = codes.get(c);
            at[c] = next;
            width[c] = code.width();
            categorical[c] = code instanceof OutputCode.Categorical;
            next += width[c];
        }
    }
}
