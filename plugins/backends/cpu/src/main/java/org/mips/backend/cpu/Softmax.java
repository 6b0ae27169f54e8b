package org.mips.backend.cpu;

/**
 * What the kernels share for categorical outputs, trained with softmax cross-entropy: for logits
 * {@code z} and a one-hot target, {@code loss = logsumexp(z) - z_target} and
 * {@code d loss / d z_i = softmax_i - target_i}, with the softmax taken after subtracting the largest
 * logit so no exponential overflows.
 *
 * <p>The exponential is a float polynomial (Cephes' {@code expf}, within 2 ulp) of plain IEEE
 * multiplications and additions, not {@code Math.exp} nor the Vector API's {@code EXP}: those are
 * implemented differently on different CPUs and vector widths, and the kernels promise the same weights
 * on every machine. {@link VectorBptt} evaluates the same operations lane-wise, so both kernels get the
 * same exponentials bit for bit.
 */
final class Softmax {

    private Softmax() {
    }

    static final float LOG2E = 1.44269504088896341f;
    /** 1.5 * 2^23: adding it to a float below 2^22 in magnitude rounds it to an integer, kept in the low bits. */
    static final float ROUND = 12582912f;
    /** ln 2 in two parts (Cody and Waite), the first exact when multiplied by the integers used here. */
    static final float LN2_HI = 0.693359375f;
    static final float LN2_LO = -2.12194440e-4f;
    /** Arguments are clamped here, where the result is still a normal float (about 1.6e-38). */
    static final float LOWEST = -87f;
    static final float P0 = 1.9875691500e-4f;
    static final float P1 = 1.3981999507e-3f;
    static final float P2 = 8.3334519073e-3f;
    static final float P3 = 4.1665795894e-2f;
    static final float P4 = 1.6666665459e-1f;
    static final float P5 = 5.0000001201e-1f;

    /** {@code e^x} for {@code x <= 0} (a logit minus the largest one). */
    static float exp(float x) {
        float a = Math.max(x, LOWEST);
        float shifted = a * LOG2E + ROUND;
        float k = shifted - ROUND;
        float r = a - k * LN2_HI;
        r = r - k * LN2_LO;
        float p = P0;
        p = p * r + P1;
        p = p * r + P2;
        p = p * r + P3;
        p = p * r + P4;
        p = p * r + P5;
        float e = p * (r * r) + r + 1f;
        // shifted's low bits hold k; shifting them into the exponent field gives 2^k.
        return e * Float.intBitsToFloat((Float.floatToRawIntBits(shifted) << 23) + (127 << 23));
    }

    /**
     * {@code into[m] = exp(z[m] - max[m])} for {@code m < count}, the same bits as {@link #exp}, in two
     * loops over whole arrays that the JIT turns into SIMD instructions: the polynomial, with {@code 2^k}
     * kept in {@code scale} as a float whose low bits hold {@code k}, then the scaling by {@code 2^k}.
     */
    static void exp(float[] z, float[] max, float[] into, float[] scale, int count) {
        for (int m = 0; m < count; m++) {
            float a = Math.max(z[m] - max[m], LOWEST);
            float shifted = a * LOG2E + ROUND;
            float k = shifted - ROUND;
            float r = a - k * LN2_HI;
            r = r - k * LN2_LO;
            float p = P0;
            p = p * r + P1;
            p = p * r + P2;
            p = p * r + P3;
            p = p * r + P4;
            p = p * r + P5;
            into[m] = p * (r * r) + r + 1f;
            scale[m] = shifted;
        }
        for (int m = 0; m < count; m++) {
            into[m] *= Float.intBitsToFloat((Float.floatToRawIntBits(scale[m]) << 23) + (127 << 23));
        }
    }

    /**
     * The cross-entropy of logits {@code z[0 .. width)} against class {@code target}, in double: it is only
     * reported, never differentiated.
     */
    static double crossEntropy(double[] z, int width, int target) {
        double max = z[0];
        for (int i = 1; i < width; i++) {
            max = Math.max(max, z[i]);
        }
        double sum = 0;
        for (int i = 0; i < width; i++) {
            sum += Math.exp(z[i] - max);
        }
        return Math.log(sum) - (z[target] - max);
    }
}
