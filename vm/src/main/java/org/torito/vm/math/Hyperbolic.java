package org.torito.vm.math;

/**
 * The hyperbolic functions as fdlibm's {@code __ieee754_sinh}, {@code __ieee754_cosh} and {@code tanh}
 * compute them, from {@link Exponential#exp} and {@link Exponential#expm1} of |x| (the functions' symmetry
 * gives the sign). Near 0, where e^x and e^-x nearly cancel, they are written with E = expm1(|x|), which has
 * no cancellation: sinh = (E + E / (E + 1)) / 2, cosh = 1 + E^2 / (2 (1 + E)), tanh = -E' / (E' + 2) with
 * E' = expm1(-2|x|). Farther out, sinh and cosh are (e^x +- e^-x) / 2, then e^x / 2 once e^-x no longer
 * counts (|x| >= 22), then e^(x/2) / 2 * e^(x/2) where e^x alone would overflow but the result does not;
 * tanh is 1 - 2 / (expm1(2|x|) + 2), then 1 from 22 on.
 */
public final class Hyperbolic {
    /** Multiplying by it overflows sinh's result keeping the sign of x. */
    private static final double SINH_HUGE = 1.0e307;
    private static final double HUGE = 1.0e300;
    /** |x| above it: sinh and cosh overflow. The bits of ln(2 MAX_VALUE), which exp(|x| / 2)^2 / 2 reaches. */
    private static final long OVERFLOW_THRESHOLD_BITS = 0x4086_33ce_8fb9_f87dL;
    private static final double TINY = 1.0e-300;

    private Hyperbolic() {
    }

    /** {@code StrictMath.sinh}. */
    public static double sinh(double x) {
        int jx = Exponential.highWord(x);
        int ix = jx & 0x7fff_ffff;
        if (ix >= 0x7ff0_0000) {
            return x + x; // infinity or NaN
        }
        double h = jx < 0 ? -0.5 : 0.5;
        if (ix < 0x4036_0000) { // |x| < 22
            if (ix < 0x3e30_0000) { // |x| < 2^-28: sinh(x) = x + x^3/6 rounds to x
                return x;
            }
            double t = Exponential.expm1(Math.abs(x));
            if (ix < 0x3ff0_0000) { // |x| < 1: E + E/(E+1) written as 2E - E^2/(E+1), which cancels less
                return h * (2.0 * t - t * t / (t + 1.0));
            }
            return h * (t + t / (t + 1.0));
        }
        if (ix < 0x4086_2e42) { // |x| < ln(MAX_VALUE)
            return h * Exponential.exp(Math.abs(x));
        }
        if ((Double.doubleToRawLongBits(x) & Long.MAX_VALUE) <= OVERFLOW_THRESHOLD_BITS) {
            double w = Exponential.exp(0.5 * Math.abs(x));
            double t = h * w;
            return t * w;
        }
        return x * SINH_HUGE; // overflow
    }

    /** {@code StrictMath.cosh}. */
    public static double cosh(double x) {
        int ix = Exponential.highWord(x) & 0x7fff_ffff;
        if (ix >= 0x7ff0_0000) {
            return x * x; // +infinity or NaN
        }
        if (ix < 0x3fd6_2e43) { // |x| < ln2/2: 1 + E^2 / (2 (1 + E))
            double t = Exponential.expm1(Math.abs(x));
            double w = 1.0 + t;
            if (ix < 0x3c80_0000) { // |x| < 2^-55: cosh(x) = 1 + x^2/2 rounds to 1
                return w;
            }
            return 1.0 + (t * t) / (w + w);
        }
        if (ix < 0x4036_0000) { // |x| < 22
            double t = Exponential.exp(Math.abs(x));
            return 0.5 * t + 0.5 / t;
        }
        if (ix < 0x4086_2e42) { // |x| < ln(MAX_VALUE)
            return 0.5 * Exponential.exp(Math.abs(x));
        }
        if ((Double.doubleToRawLongBits(x) & Long.MAX_VALUE) <= OVERFLOW_THRESHOLD_BITS) {
            double w = Exponential.exp(0.5 * Math.abs(x));
            double t = 0.5 * w;
            return t * w;
        }
        return HUGE * HUGE; // overflow
    }

    /** {@code StrictMath.tanh}. */
    public static double tanh(double x) {
        int jx = Exponential.highWord(x);
        int ix = jx & 0x7fff_ffff;
        if (ix >= 0x7ff0_0000) {
            return jx >= 0 ? 1.0 / x + 1.0 : 1.0 / x - 1.0; // +-1 for +-infinity, NaN for NaN
        }
        double z;
        if (ix < 0x4036_0000) { // |x| < 22
            if (ix < 0x3c80_0000) { // |x| < 2^-55
                return x * (1.0 + x);
            }
            if (ix >= 0x3ff0_0000) { // |x| >= 1
                double t = Exponential.expm1(2.0 * Math.abs(x));
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                double t = Exponential.expm1(-2.0 * Math.abs(x));
                z = -t / (t + 2.0);
            }
        } else { // |x| >= 22: tanh(x) rounds to +-1
            z = 1.0 - TINY;
        }
        return jx >= 0 ? z : -z;
    }
}
