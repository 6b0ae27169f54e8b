package org.mips.backend.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jdk.incubator.vector.FloatVector;
import org.junit.jupiter.api.Test;

class SoftmaxTest {

    @Test
    void theFloatExponentialIsWithinThreeUlpOfMathExp() {
        for (float x = 0; x >= Softmax.LOWEST; x -= 0.0013f) {
            float expected = (float) Math.exp(x);
            assertEquals(expected, Softmax.exp(x), 3 * Math.ulp(expected), "exp " + x);
        }
        assertEquals(1f, Softmax.exp(0f));
        assertEquals((float) Math.exp(Softmax.LOWEST), Softmax.exp(-1e30f), 3 * Math.ulp((float) Math.exp(Softmax.LOWEST)));
    }

    @Test
    void theVectorKernelsExponentialHasTheSameBits() {
        int lanes = FloatVector.SPECIES_PREFERRED.length();
        float[] x = new float[lanes];
        float[] y = new float[lanes];
        for (int at = 0; at < 100_000; at += lanes) {
            for (int m = 0; m < lanes; m++) {
                x[m] = -(at + m) * 0.00091f;
            }
            VectorBptt.exp(FloatVector.fromArray(FloatVector.SPECIES_PREFERRED, x, 0)).intoArray(y, 0);
            for (int m = 0; m < lanes; m++) {
                assertEquals(Float.floatToIntBits(Softmax.exp(x[m])), Float.floatToIntBits(y[m]), "exp " + x[m]);
            }
        }
    }

    @Test
    void theLaneWiseExponentialOfThePortableKernelHasTheSameBits() {
        int count = 50_000;
        float[] z = new float[count];
        float[] max = new float[count];
        for (int m = 0; m < count; m++) {
            z[m] = m * 0.0007f - 17;
            max[m] = z[m] + m * 0.0031f;
        }
        float[] into = new float[count];
        Softmax.exp(z, max, into, new float[count], count);
        for (int m = 0; m < count; m++) {
            assertEquals(Float.floatToIntBits(Softmax.exp(z[m] - max[m])), Float.floatToIntBits(into[m]), "lane " + m);
        }
    }

    @Test
    void crossEntropyIsLogSumExpMinusTheTargetLogit() {
        double[] z = {1000, 999, 990};
        assertEquals(Math.log(1 + Math.exp(-1) + Math.exp(-10)) + 1, Softmax.crossEntropy(z, 3, 1), 1e-12);
    }
}
