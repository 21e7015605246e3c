package org.torito.vm.math;

import org.torito.vm.runtime.FloatRemainder;

/**
 * IEEE 754's remainder as fdlibm's {@code __ieee754_remainder} computes it: x - n p with n the integer
 * nearest x / p (ties to even), which is always exactly representable. First x is reduced exactly modulo 2p
 * with the truncating remainder (C's {@code fmod}, Java's {@code %}, computed exactly by
 * {@link FloatRemainder}), leaving |x| < 2|p|; then |p| is subtracted from |x| when |x| is above |p|/2, and
 * once more when what is left is still at least |p|/2 (|x| = 3|p|/2 is a tie, and the even quotient is 2,
 * while |x| = |p|/2 keeps the quotient 0). The result takes the sign of x, flipped when subtracting crossed
 * zero.
 */
public final class Remainder {
    private Remainder() {
    }

    /** {@code StrictMath.IEEEremainder(x, p)}. */
    public static double IEEEremainder(double x, double p) {
        long xBits = Double.doubleToRawLongBits(x);
        long pBits = Double.doubleToRawLongBits(p);
        long sign = xBits & Long.MIN_VALUE;
        long absX = xBits & Long.MAX_VALUE;
        long absP = pBits & Long.MAX_VALUE;
        if (absP == 0 || absX >= 0x7ff0_0000_0000_0000L || absP > 0x7ff0_0000_0000_0000L) {
            return (x * p) / (x * p); // NaN: p zero or NaN, x infinite or NaN
        }
        if (absP <= 0x7fdf_ffff_ffff_ffffL) { // 2p is finite: now |x| < 2|p|
            x = Double.longBitsToDouble(FloatRemainder.dremBits(xBits, Double.doubleToRawLongBits(p + p)));
        }
        if (absX == absP) {
            return 0.0 * x; // a zero with the sign of x
        }
        x = Math.abs(x);
        p = Math.abs(p);
        if (absP < 0x0020_0000_0000_0000L) { // |p| < 2^-1021: p/2 might round, compare 2x with p instead
            if (x + x > p) {
                x -= p;
                if (x + x >= p) {
                    x -= p;
                }
            }
        } else {
            double halfP = 0.5 * p;
            if (x > halfP) {
                x -= p;
                if (x >= halfP) {
                    x -= p;
                }
            }
        }
        return Double.longBitsToDouble(Double.doubleToRawLongBits(x) ^ sign);
    }
}
