package org.torito.vm.math;

/**
 * The natural logarithm as fdlibm's {@code __ieee754_log} computes it. With x = 2^k (1 + f), where
 * sqrt(2)/2 < 1 + f < sqrt(2), log(x) = k ln2 + log(1 + f), and log(1 + f) = 2s + s R(s^2) with
 * s = f / (2 + f), R a minimax polynomial of degree 7 on [0, 0.1716]. ln2 is split in a high part with
 * trailing zero bits (so k ln2_hi is exact) and a low part.
 */
public final class Log {
    private static final double LN2_HI = 6.93147180369123816490e-01; // 0x3fe62e42 fee00000
    private static final double LN2_LO = 1.90821492927058770002e-10; // 0x3dea39ef 35793c76
    private static final double TWO54 = 1.80143985094819840000e+16;
    private static final double LG1 = 6.666666666666735130e-01;
    private static final double LG2 = 3.999999999940941908e-01;
    private static final double LG3 = 2.857142874366239149e-01;
    private static final double LG4 = 2.222219843214978396e-01;
    private static final double LG5 = 1.818357216161805012e-01;
    private static final double LG6 = 1.531383769920937332e-01;
    private static final double LG7 = 1.479819860511658591e-01;

    private Log() {
    }

    public static double log(double x) {
        long bits = Double.doubleToRawLongBits(x);
        int hx = (int) (bits >> 32);
        int lx = (int) bits;
        int k = 0;
        if (hx < 0x0010_0000) { // x < 2^-1022: zero, subnormal or negative
            if (((hx & 0x7fff_ffff) | lx) == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            if (hx < 0) {
                return (x - x) / 0.0; // the NaN the FPU makes, sign bit set, as fdlibm's result has
            }
            k -= 54; // scale a subnormal up
            x *= TWO54;
            bits = Double.doubleToRawLongBits(x);
            hx = (int) (bits >> 32);
        }
        if (hx >= 0x7ff0_0000) {
            return x + x; // infinity or NaN
        }
        k += (hx >> 20) - 1023;
        hx &= 0x000f_ffff;
        int i = (hx + 0x9_5f64) & 0x10_0000; // choose x or x/2 so that 1 + f lies around 1
        x = Double.longBitsToDouble(((long) (hx | (i ^ 0x3ff0_0000)) << 32) | (bits & 0xffff_ffffL));
        k += i >> 20;
        double f = x - 1.0;
        double dk = k;
        if ((0x000f_ffff & (2 + hx)) < 3) { // |f| < 2^-20: two terms of the series suffice
            if (f == 0.0) {
                return k == 0 ? 0.0 : dk * LN2_HI + dk * LN2_LO;
            }
            double r = f * f * (0.5 - 0.33333333333333333 * f);
            return k == 0 ? f - r : dk * LN2_HI - ((r - dk * LN2_LO) - f);
        }
        double s = f / (2.0 + f);
        double z = s * s;
        int lower = hx - 0x6_147a;
        double w = z * z;
        int upper = 0x6_b851 - hx;
        double t1 = w * (LG2 + w * (LG4 + w * LG6));
        double t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        double r = t2 + t1;
        if ((lower | upper) > 0) { // 1 + f far from 1: subtract half of f^2 to keep precision
            double halfSquare = 0.5 * f * f;
            return k == 0 ? f - (halfSquare - s * (halfSquare + r))
                    : dk * LN2_HI - ((halfSquare - (s * (halfSquare + r) + dk * LN2_LO)) - f);
        }
        return k == 0 ? f - s * (f - r) : dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f);
    }
}
