package org.mips.spi.training;

/**
 * One evaluation during training.
 *
 * @param step      optimizer steps taken so far
 * @param trainLoss mean loss of the last training batch
 * @param testLoss  mean loss over the test split
 * @param accuracy  fraction of test outputs whose rounded value equals the target (1.0 = perfect)
 */
public record Evaluation(int step, double trainLoss, double testLoss, double accuracy) {

    public boolean perfect() {
        return accuracy == 1.0;
    }
}
