package org.torito.vm.math;

/**
 * The exponential and its relatives as fdlibm computes them: {@code __ieee754_exp}, {@code expm1},
 * {@code log1p} and {@code __ieee754_log10}.
 *
 * <p>exp and expm1 reduce x = k ln2 + r with |r| <= ln2/2 (ln2 split in a high part whose products with k
 * are exact and a low part), approximate on r, and multiply by 2^k by adding k to the exponent field. Both
 * approximate the function R(r^2) = r (e^r + 1) / (e^r - 1), which is even and smooth, by a polynomial of
 * degree 5 in r^2, then recover e^r (or e^r - 1) from it by a division arranged to lose little precision.
 * expm1 carries the rounding error of the reduction as a correction term c and picks, for each k, the way
 * of computing 2^k (1 + expm1(r)) - 1 that cancels least.
 *
 * <p>log1p is {@link Log}'s method with the reduction done on u = 1 + x, whose rounding error c is added
 * back as c/u; for x near 0 it works on x itself, exactly. log10 writes x = 2^n y with y in [1, 2) (or in
 * [1/2, 1) when n < 0, so that the sum below cancels less) and sums n log10(2) (split in high and low parts)
 * and log(y) / ln10.
 */
public final class Exponential {
    private static final double LN2_HI = 6.93147180369123816490e-01; // 0x3fe62e42 fee00000
    private static final double LN2_LO = 1.90821492927058770002e-10; // 0x3dea39ef 35793c76
    private static final double INV_LN2 = 1.44269504088896338700e+00; // 0x3ff71547 652b82fe
    /** Above this, exp and expm1 overflow: ln(MAX_VALUE). */
    private static final double OVERFLOW_THRESHOLD = 7.09782712893383973096e+02; // 0x40862e42 fefa39ef
    /** Below this, exp underflows to zero: ln(MIN_VALUE / 2). */
    private static final double UNDERFLOW_THRESHOLD = -7.45133219101941108420e+02; // 0xc0874910 d52d3051
    /** 2^-1000: exp scales a result that will be subnormal in two steps, the last one rounding once. */
    private static final double TWO_M1000 = 9.33263618503218878990e-302;
    private static final double TWO54 = 1.80143985094819840000e+16;
    private static final double HUGE = 1.0e300;

    // exp: R(z) ~ 2 + P1 z + ... + P5 z^5, error below 2^-59 on [0, 0.34658^2].
    private static final double P1 = 1.66666666666666019037e-01; // 0x3fc55555 5555553e
    private static final double P2 = -2.77777777770155933842e-03; // 0xbf66c16c 16bebd93
    private static final double P3 = 6.61375632143793436117e-05; // 0x3f11566a af25de2c
    private static final double P4 = -1.65339022054652515390e-06; // 0xbebbbd41 c5d26bf1
    private static final double P5 = 4.13813679705723846039e-08; // 0x3e663769 72bea4d0

    // expm1: (6/r) (R(r) - 2) / r ~ 1 + Q1 z + ... + Q5 z^5 with z = r^2/2 (the Qi scaled by 2^i).
    private static final double Q1 = -3.33333333333331316428e-02; // 0xbfa11111 111110f4
    private static final double Q2 = 1.58730158725481460165e-03; // 0x3f5a01a0 19fe5585
    private static final double Q3 = -7.93650757867487942473e-05; // 0xbf14ce19 9eaadbb7
    private static final double Q4 = 4.00821782732936239552e-06; // 0x3ed0cfca 86e65239
    private static final double Q5 = -2.01099218183624371326e-07; // 0xbe8afdb7 6e09c32d

    // log1p: log(1 + f) = 2s + s R(s^2), s = f / (2 + f), R of degree 7 (the same as Log's).
    private static final double LP1 = 6.666666666666735130e-01; // 0x3fe55555 55555593
    private static final double LP2 = 3.999999999940941908e-01; // 0x3fd99999 9997fa04
    private static final double LP3 = 2.857142874366239149e-01; // 0x3fd24924 94229359
    private static final double LP4 = 2.222219843214978396e-01; // 0x3fcc71c5 1d8e78af
    private static final double LP5 = 1.818357216161805012e-01; // 0x3fc74664 96cb03de
    private static final double LP6 = 1.531383769920937332e-01; // 0x3fc39a09 d078c69f
    private static final double LP7 = 1.479819860511658591e-01; // 0x3fc2f112 df3e5244

    // log10
    private static final double INV_LN10 = 4.34294481903251816668e-01; // 0x3fdbcb7b 1526e50e
    /** log10(2) to 40 bits, so that n LOG10_2_HI is exact for any exponent n. */
    private static final double LOG10_2_HI = 3.01029995663611771306e-01; // 0x3fd34413 509f6000
    private static final double LOG10_2_LO = 3.69423907715893078616e-13; // 0x3d59fef3 11f12b36

    private Exponential() {
    }

    /** {@code StrictMath.exp}. */
    public static double exp(double x) {
        int hx = highWord(x);
        boolean negative = hx < 0;
        hx &= 0x7fff_ffff;
        if (hx >= 0x4086_2e42) { // |x| >= 709.78
            if (hx >= 0x7ff0_0000) {
                if (((hx & 0x000f_ffff) | lowWord(x)) != 0) {
                    return x + x; // NaN
                }
                return negative ? 0.0 : x; // exp(-inf) = 0, exp(+inf) = +inf
            }
            if (x > OVERFLOW_THRESHOLD) {
                return HUGE * HUGE; // +infinity
            }
            if (x < UNDERFLOW_THRESHOLD) {
                return TWO_M1000 * TWO_M1000; // +0
            }
        }
        int k = 0;
        double hi = 0.0;
        double lo = 0.0;
        if (hx > 0x3fd6_2e42) { // |x| > ln2/2: reduce
            if (hx < 0x3ff0_a2b2) { // |x| < 1.5 ln2: k is +-1, no multiplication needed
                hi = negative ? x + LN2_HI : x - LN2_HI;
                lo = negative ? -LN2_LO : LN2_LO;
                k = negative ? -1 : 1;
            } else {
                k = (int) (INV_LN2 * x + (negative ? -0.5 : 0.5)); // x / ln2 rounded half away from zero
                double dk = k;
                hi = x - dk * LN2_HI; // exact: LN2_HI has 32 trailing zero bits
                lo = dk * LN2_LO;
            }
            x = hi - lo;
        } else if (hx < 0x3e30_0000) { // |x| < 2^-28: 1 + x is correctly rounded
            return 1.0 + x;
        }
        double t = x * x;
        double c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5)))); // r - (R(r^2) - 2)
        if (k == 0) {
            return 1.0 - ((x * c) / (c - 2.0) - x);
        }
        double y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi); // e^r with r = hi - lo
        if (k >= -1021) {
            return addToExponent(y, k);
        }
        // The result is subnormal: build it 2^1000 too large, then one multiplication rounds it.
        return addToExponent(y, k + 1000) * TWO_M1000;
    }

    /** {@code StrictMath.expm1}: e^x - 1, accurate also where it is near 0. */
    public static double expm1(double x) {
        int hx = highWord(x);
        boolean negative = hx < 0;
        hx &= 0x7fff_ffff;
        if (hx >= 0x4043_687a) { // |x| >= 56 ln2
            if (hx >= 0x4086_2e42) { // |x| >= 709.78
                if (hx >= 0x7ff0_0000) {
                    if (((hx & 0x000f_ffff) | lowWord(x)) != 0) {
                        return x + x; // NaN
                    }
                    return negative ? -1.0 : x;
                }
                if (x > OVERFLOW_THRESHOLD) {
                    return HUGE * HUGE; // +infinity
                }
            }
            if (negative) {
                return -1.0; // e^x < 2^-56: e^x - 1 rounds to -1
            }
        }
        int k;
        double c = 0.0; // the rounding error of the reduced argument: r = x + c exactly (nearly)
        if (hx > 0x3fd6_2e42) { // |x| > ln2/2: reduce
            double hi;
            double lo;
            if (hx < 0x3ff0_a2b2) { // |x| < 1.5 ln2
                hi = negative ? x + LN2_HI : x - LN2_HI;
                lo = negative ? -LN2_LO : LN2_LO;
                k = negative ? -1 : 1;
            } else {
                k = (int) (INV_LN2 * x + (negative ? -0.5 : 0.5));
                double dk = k;
                hi = x - dk * LN2_HI; // exact
                lo = dk * LN2_LO;
            }
            x = hi - lo;
            c = (hi - x) - lo;
        } else if (hx < 0x3c90_0000) { // |x| < 2^-54: x itself is e^x - 1 correctly rounded
            return x;
        } else {
            k = 0;
        }
        double halfX = 0.5 * x;
        double halfSquare = x * halfX; // r^2 / 2
        double r1 = 1.0 + halfSquare * (Q1 + halfSquare * (Q2 + halfSquare * (Q3 + halfSquare * (Q4
                + halfSquare * Q5))));
        double t = 3.0 - r1 * halfX;
        // expm1(r) = r + r^2/2 + (r^2/2) e, and with the correction, expm1(r + c) = r - (e' - r^2/2).
        double e = halfSquare * ((r1 - t) / (6.0 - x * t));
        if (k == 0) {
            return x - (x * e - halfSquare); // c is 0
        }
        e = x * (e - c) - c;
        e -= halfSquare; // now expm1(r + c) = r - e
        if (k == -1) {
            return 0.5 * (x - e) - 0.5;
        }
        if (k == 1) {
            return x < -0.25 ? -2.0 * (e - (x + 0.5)) : 1.0 + 2.0 * (x - e);
        }
        if (k <= -2 || k > 56) { // the -1 is negligible next to 2^k e^r, or 2^k e^r next to it
            double y = 1.0 - (e - x);
            return addToExponent(y, k) - 1.0;
        }
        if (k < 20) { // 2^k (e^r - 2^-k) with 1 - 2^-k exact
            double oneMinusTwoMk = Double.longBitsToDouble((long) (0x3ff0_0000 - (0x20_0000 >> k)) << 32);
            return addToExponent(oneMinusTwoMk - (e - x), k);
        }
        double twoMk = Double.longBitsToDouble((long) ((0x3ff - k) << 20) << 32); // 2^-k
        double y = x - (e + twoMk);
        y += 1.0;
        return addToExponent(y, k);
    }

    /** {@code StrictMath.log1p}: ln(1 + x), accurate also where x is near 0. */
    public static double log1p(double x) {
        int hx = highWord(x);
        int ax = hx & 0x7fff_ffff;
        int k = 1;
        double f = 0.0;
        int hu = 0; // the high fraction bits of 1 + f, 0 when |f| < 2^-20 (nearly)
        if (hx < 0x3fda_827a) { // x < sqrt(2) - 1
            if (ax >= 0x3ff0_0000) { // x <= -1
                if (x == -1.0) {
                    return Double.NEGATIVE_INFINITY;
                }
                return (x - x) / (x - x); // NaN
            }
            if (ax < 0x3e20_0000) { // |x| < 2^-29: the series x - x^2/2
                if (ax < 0x3c90_0000) { // |x| < 2^-54
                    return x;
                }
                return x - x * x * 0.5;
            }
            if (hx > 0 || hx <= 0xbfd2_bec3) { // sqrt(2)/2 - 1 < x < sqrt(2) - 1: f = x exactly, k = 0
                k = 0;
                f = x;
                hu = 1;
            }
        }
        if (hx >= 0x7ff0_0000) {
            return x + x; // +infinity or NaN
        }
        double c = 0.0; // the rounding error of u = 1 + x, divided by u
        if (k != 0) {
            double u;
            if (hx < 0x4340_0000) { // x < 2^53: u = 1 + x is inexact
                u = 1.0 + x;
                hu = highWord(u);
                k = (hu >> 20) - 1023;
                c = k > 0 ? 1.0 - (u - x) : x - (u - 1.0);
                c /= u;
            } else { // 1 + x rounds to x
                u = x;
                hu = highWord(u);
                k = (hu >> 20) - 1023;
            }
            hu &= 0x000f_ffff;
            if (hu < 0x6_a09e) { // the fraction of u is below sqrt(2): 1 + f = u / 2^k
                u = withHighWord(u, hu | 0x3ff0_0000);
            } else { // 1 + f = u / 2^(k+1), in [sqrt(2)/2, 1)
                k += 1;
                u = withHighWord(u, hu | 0x3fe0_0000);
                hu = (0x0010_0000 - hu) >> 2;
            }
            f = u - 1.0;
        }
        double halfSquare = 0.5 * f * f;
        double dk = k;
        if (hu == 0) { // |f| < 2^-20: three terms of the series
            if (f == 0.0) {
                if (k == 0) {
                    return 0.0;
                }
                c += dk * LN2_LO;
                return dk * LN2_HI + c;
            }
            double r = halfSquare * (1.0 - 0.66666666666666666 * f);
            return k == 0 ? f - r : dk * LN2_HI - ((r - (dk * LN2_LO + c)) - f);
        }
        double s = f / (2.0 + f);
        double z = s * s;
        double r = z * (LP1 + z * (LP2 + z * (LP3 + z * (LP4 + z * (LP5 + z * (LP6 + z * LP7))))));
        return k == 0 ? f - (halfSquare - s * (halfSquare + r))
                : dk * LN2_HI - ((halfSquare - (s * (halfSquare + r) + (dk * LN2_LO + c))) - f);
    }

    /** {@code StrictMath.log10}. */
    public static double log10(double x) {
        int hx = highWord(x);
        int lx = lowWord(x);
        int k = 0;
        if (hx < 0x0010_0000) { // x < 2^-1022: zero, subnormal or negative
            if (((hx & 0x7fff_ffff) | lx) == 0) {
                return Double.NEGATIVE_INFINITY;
            }
            if (hx < 0) {
                return (x - x) / 0.0; // NaN
            }
            k -= 54; // scale a subnormal up
            x *= TWO54;
            hx = highWord(x);
        }
        if (hx >= 0x7ff0_0000) {
            return x + x; // +infinity or NaN
        }
        k += (hx >> 20) - 1023;
        int negativeK = k >>> 31;
        // x = 2^n y with n = k and y in [1, 2), or n = k + 1 and y in [1/2, 1) when k < 0.
        double y = withHighWord(x, (hx & 0x000f_ffff) | ((0x3ff - negativeK) << 20));
        double n = k + negativeK;
        double z = n * LOG10_2_LO + INV_LN10 * Log.log(y);
        return z + n * LOG10_2_HI;
    }

    static int highWord(double x) {
        return (int) (Double.doubleToRawLongBits(x) >> 32);
    }

    static int lowWord(double x) {
        return (int) Double.doubleToRawLongBits(x);
    }

    /** x with its high 32 bits replaced, the low ones kept. */
    static double withHighWord(double x, int high) {
        return Double.longBitsToDouble(((long) high << 32) | (Double.doubleToRawLongBits(x) & 0xffff_ffffL));
    }

    /** x 2^k for a normal x whose product is normal: k added to the exponent field, as fdlibm does. */
    static double addToExponent(double x, int k) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(x) + ((long) k << 52));
    }
}
