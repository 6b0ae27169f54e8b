package org.mips.backend.cpu;

/**
 * The float32 view of the parameters. The optimizer keeps a double master copy (so tiny AdamW updates
 * are not lost to rounding); forward and backward passes read float32, as PyTorch's networks do.
 */
final class Precision {

    private Precision() {
    }

    static float[] toFloat(double[] params, float[] into) {
        for (int k = 0; k < params.length; k++) {
            into[k] = (float) params[k];
        }
        return into;
    }
}
