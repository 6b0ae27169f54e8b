package org.mips.normalizers;

/**
 * A complex number as an immutable value: eigenvalues are record components, list members and factors
 * here, and EJML's {@code Complex_F64} is mutable, so it is converted at the boundary.
 *
 * @param re the real part
 * @param im the imaginary part
 */
record ComplexNumber(double re, double im) {

    static final ComplexNumber ZERO = new ComplexNumber(0, 0);

    static ComplexNumber real(double re) {
        return new ComplexNumber(re, 0);
    }

    /** The modulus. */
    double norm() {
        return Math.hypot(re, im);
    }

    ComplexNumber conjugate() {
        return new ComplexNumber(re, -im);
    }

    ComplexNumber plus(ComplexNumber other) {
        return new ComplexNumber(re + other.re, im + other.im);
    }

    ComplexNumber divide(double divisor) {
        return new ComplexNumber(re / divisor, im / divisor);
    }

    boolean isFinite() {
        return Double.isFinite(re) && Double.isFinite(im);
    }

    @Override
    public String toString() {
        return im == 0 ? Double.toString(re) : "(" + re + (im < 0 ? " - " : " + ") + Math.abs(im) + "i)";
    }
}
