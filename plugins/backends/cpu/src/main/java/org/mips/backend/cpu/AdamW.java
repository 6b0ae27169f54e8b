package org.mips.backend.cpu;

/**
 * AdamW exactly as {@code torch.optim.AdamW} computes it (decoupled weight decay, bias-corrected
 * moments, epsilon added after the square root), with the paper's defaults (reference section 2.4).
 */
final class AdamW {

    private final double learningRate;
    private final double beta1;
    private final double beta2;
    private final double epsilon;
    private final double weightDecay;
    private final double[] m;
    private final double[] v;
    private int t;

    AdamW(int size, double learningRate) {
        this(size, learningRate, 0.9, 0.999, 1e-8, 0.0);
    }

    AdamW(int size, double learningRate, double beta1, double beta2, double epsilon, double weightDecay) {
        this.learningRate = learningRate;
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.epsilon = epsilon;
        this.weightDecay = weightDecay;
        this.m = new double[size];
        this.v = new double[size];
    }

    void step(double[] params, double[] gradient) {
        t++;
        double correction1 = 1 - Math.pow(beta1, t);
        double root2 = Math.sqrt(1 - Math.pow(beta2, t));
        double stepSize = learningRate / correction1;
        double decay = 1 - learningRate * weightDecay;
        for (int k = 0; k < params.length; k++) {
            double g = gradient[k];
            m[k] = beta1 * m[k] + (1 - beta1) * g;
            v[k] = beta2 * v[k] + (1 - beta2) * g * g;
            params[k] = params[k] * decay - stepSize * m[k] / (Math.sqrt(v[k]) / root2 + epsilon);
        }
    }
}
