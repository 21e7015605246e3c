package org.torito.vm.math;

/**
 * Arcsine, arccosine, arctangent and two-argument arctangent as fdlibm's {@code e_asin.c}, {@code e_acos.c},
 * {@code s_atan.c} and {@code e_atan2.c} compute them. asin and acos share a rational approximation R of
 * (asin(t) - t)/t^3 in t^2 on [0, 1/2]; for |x| >= 1/2 they use asin(x) = pi/2 - 2 asin(sqrt((1 - x)/2)), with the
 * square root split in a head with a cleared low word plus a correction where the result needs the extra bits.
 * atan reduces |x| to [0, 7/16] with atan(x) = atan(c) + atan((x - c)/(1 + x c)) for c in {1/2, 1, 3/2, infinity}
 * and evaluates an odd polynomial of degree 23; atan2 handles the signs and special cases around atan(|y/x|).
 * pi/2 and the atan(c) are kept as a double plus a low-order correction.
 */
public final class InverseTrig {
    private static final double HUGE = 1.0e300; // huge + x > 1 is fdlibm's "raise inexact" test: always true
    private static final double TINY = 1.0e-300; // added to exact-looking results like pi for the inexact flag

    private static final double PI = 3.14159265358979311600e+00; // 0x400921FB 54442D18
    private static final double PI_LO = 1.2246467991473531772E-16; // pi - PI, 0x3CA1A626 33145C07
    private static final double PIO2_HI = 1.57079632679489655800e+00; // 0x3FF921FB 54442D18
    private static final double PIO2_LO = 6.12323399573676603587e-17; // pi/2 - PIO2_HI, 0x3C91A626 33145C07
    private static final double PIO4_HI = 7.85398163397448278999e-01; // 0x3FE921FB 54442D18

    // (asin(t) - t)/t^3 ~ P(t^2)/Q(t^2) with P = PS0 z + ... + PS5 z^6 over z, Q = 1 + QS1 z + ... + QS4 z^4
    private static final double PS0 = 1.66666666666666657415e-01; // 0x3FC55555 55555555
    private static final double PS1 = -3.25565818622400915405e-01; // 0xBFD4D612 03EB6F7D
    private static final double PS2 = 2.01212532134862925881e-01; // 0x3FC9C155 0E884455
    private static final double PS3 = -4.00555345006794114027e-02; // 0xBFA48228 B5688F3B
    private static final double PS4 = 7.91534994289814532176e-04; // 0x3F49EFE0 7501B288
    private static final double PS5 = 3.47933107596021167570e-05; // 0x3F023DE1 0DFDF709
    private static final double QS1 = -2.40339491173441421878e+00; // 0xC0033A27 1C8A2D4B
    private static final double QS2 = 2.02094576023350569471e+00; // 0x40002AE5 9C598AC8
    private static final double QS3 = -6.88283971605453293030e-01; // 0xBFE6066C 1B8D0159
    private static final double QS4 = 7.70381505559019352791e-02; // 0x3FB3B8C5 B12E9282

    /** atan(1/2), atan(1), atan(3/2), atan(infinity): high parts and the corrections to them. */
    private static final double[] ATAN_HI = {
        4.63647609000806093515e-01, // 0x3FDDAC67 0561BB4F
        7.85398163397448278999e-01, // 0x3FE921FB 54442D18
        9.82793723247329054082e-01, // 0x3FEF730B D281F69B
        1.57079632679489655800e+00, // 0x3FF921FB 54442D18
    };
    private static final double[] ATAN_LO = {
        2.26987774529616870924e-17, // 0x3C7A2B7F 222F65E2
        3.06161699786838301793e-17, // 0x3C81A626 33145C07
        1.39033110312309984516e-17, // 0x3C700788 7AF0CBBD
        6.12323399573676603587e-17, // 0x3C91A626 33145C07
    };
    /** atan(t) ~ t - t^3 (AT[0] + AT[1] t^2 + ... + AT[10] t^20) on [0, 7/16]. */
    private static final double[] AT = {
        3.33333333333329318027e-01, // 0x3FD55555 5555550D
        -1.99999999998764832476e-01, // 0xBFC99999 9998EBC4
        1.42857142725034663711e-01, // 0x3FC24924 920083FF
        -1.11111104054623557880e-01, // 0xBFBC71C6 FE231671
        9.09088713343650656196e-02, // 0x3FB745CD C54C206E
        -7.69187620504482999495e-02, // 0xBFB3B0F2 AF749A6D
        6.66107313738753120669e-02, // 0x3FB10D66 A0D03D51
        -5.83357013379057348645e-02, // 0xBFADDE2D 52DEFD9A
        4.97687799461593236017e-02, // 0x3FA97B4B 24760DEB
        -3.65315727442169155270e-02, // 0xBFA2B444 2C6A6C2F
        1.62858201153657823623e-02, // 0x3F90AD3A E322DA11
    };

    private InverseTrig() {
    }

    public static double asin(double x) {
        int hx = highWord(x);
        int ix = hx & 0x7fff_ffff;
        if (ix >= 0x3ff0_0000) { // |x| >= 1
            if (((ix - 0x3ff0_0000) | lowWord(x)) == 0) {
                return x * PIO2_HI + x * PIO2_LO; // asin(+-1) = +-pi/2
            }
            return (x - x) / (x - x); // |x| > 1 or NaN
        }
        if (ix < 0x3fe0_0000) { // |x| < 1/2
            if (ix < 0x3e40_0000 && HUGE + x > 1.0) { // |x| < 2^-27: asin(x) rounds to x
                return x;
            }
            return x + x * ratio(x * x);
        }
        // 1/2 <= |x| < 1: asin(|x|) = pi/2 - 2 asin(s), s = sqrt(t), t = (1 - |x|)/2
        double t = (1.0 - Math.abs(x)) * 0.5;
        double p = numerator(t);
        double q = denominator(t);
        double s = sqrt(t);
        double result;
        if (ix >= 0x3fef_3333) { // |x| > 0.975: the subtraction from pi/2 cancels little
            double w = p / q;
            result = PIO2_HI - (2.0 * (s + s * w) - PIO2_LO);
        } else { // pi/4 + (pi/4 - 2 f) - (2 s R - (pio2_lo + 2 c)), f + c = s with f having 21 bits
            double f = clearLowWord(s);
            double c = (t - f * f) / (s + f);
            double r = p / q;
            p = 2.0 * s * r - (PIO2_LO - 2.0 * c);
            q = PIO4_HI - 2.0 * f;
            result = PIO4_HI - (p - q);
        }
        return hx > 0 ? result : -result;
    }

    public static double acos(double x) {
        int hx = highWord(x);
        int ix = hx & 0x7fff_ffff;
        if (ix >= 0x3ff0_0000) { // |x| >= 1
            if (((ix - 0x3ff0_0000) | lowWord(x)) == 0) {
                return hx > 0 ? 0.0 : PI + 2.0 * PIO2_LO; // acos(1) = 0, acos(-1) = pi
            }
            return (x - x) / (x - x); // |x| > 1 or NaN
        }
        if (ix < 0x3fe0_0000) { // |x| < 1/2: acos(x) = pi/2 - asin(x)
            if (ix <= 0x3c60_0000) { // |x| <= 2^-57: rounds to pi/2
                return PIO2_HI + PIO2_LO;
            }
            double z = x * x;
            double r = ratio(z);
            return PIO2_HI - (x - (PIO2_LO - x * r));
        }
        if (hx < 0) { // x <= -1/2: acos(x) = pi - 2 asin(s), s = sqrt((1 + x)/2)
            double z = (1.0 + x) * 0.5;
            double p = numerator(z);
            double q = denominator(z);
            double s = sqrt(z);
            double r = p / q;
            double w = r * s - PIO2_LO;
            return PI - 2.0 * (s + w);
        }
        // x >= 1/2: acos(x) = 2 asin(s) = 2 (f + (c + s R)), s = sqrt((1 - x)/2) split as f + c
        double z = (1.0 - x) * 0.5;
        double s = sqrt(z);
        double f = clearLowWord(s);
        double c = (z - f * f) / (s + f);
        double p = numerator(z);
        double q = denominator(z);
        double r = p / q;
        double w = r * s + c;
        return 2.0 * (f + w);
    }

    public static double atan(double x) {
        int hx = highWord(x);
        int ix = hx & 0x7fff_ffff;
        int id;
        if (ix >= 0x4410_0000) { // |x| >= 2^66: atan(x) rounds to +-pi/2
            if (ix > 0x7ff0_0000 || (ix == 0x7ff0_0000 && lowWord(x) != 0)) {
                return x + x; // NaN
            }
            return hx > 0 ? ATAN_HI[3] + ATAN_LO[3] : -ATAN_HI[3] - ATAN_LO[3];
        }
        if (ix < 0x3fdc_0000) { // |x| < 7/16: no reduction
            if (ix < 0x3e20_0000 && HUGE + x > 1.0) { // |x| < 2^-29: atan(x) rounds to x
                return x;
            }
            id = -1;
        } else {
            x = Math.abs(x);
            if (ix < 0x3ff3_0000) { // |x| < 19/16
                if (ix < 0x3fe6_0000) { // 7/16 <= |x| < 11/16
                    id = 0;
                    x = (2.0 * x - 1.0) / (2.0 + x);
                } else { // 11/16 <= |x| < 19/16
                    id = 1;
                    x = (x - 1.0) / (x + 1.0);
                }
            } else if (ix < 0x4003_8000) { // 19/16 <= |x| < 39/16
                id = 2;
                x = (x - 1.5) / (1.0 + 1.5 * x);
            } else { // 39/16 <= |x| < 2^66
                id = 3;
                x = -1.0 / x;
            }
        }
        double z = x * x;
        double w = z * z;
        // the polynomial in z split into odd and even powers, each a polynomial in w = z^2
        double s1 = z * (AT[0] + w * (AT[2] + w * (AT[4] + w * (AT[6] + w * (AT[8] + w * AT[10])))));
        double s2 = w * (AT[1] + w * (AT[3] + w * (AT[5] + w * (AT[7] + w * AT[9]))));
        if (id < 0) {
            return x - x * (s1 + s2);
        }
        z = ATAN_HI[id] - ((x * (s1 + s2) - ATAN_LO[id]) - x);
        return hx < 0 ? -z : z;
    }

    /** The angle of the point (x, y): atan(y/x) placed in the right quadrant, with IEEE's special cases. */
    public static double atan2(double y, double x) {
        int hx = highWord(x);
        int ix = hx & 0x7fff_ffff;
        int lx = lowWord(x);
        int hy = highWord(y);
        int iy = hy & 0x7fff_ffff;
        int ly = lowWord(y);
        if ((ix | ((lx | -lx) >>> 31)) > 0x7ff0_0000 || (iy | ((ly | -ly) >>> 31)) > 0x7ff0_0000) {
            return x + y; // x or y is NaN
        }
        if (((hx - 0x3ff0_0000) | lx) == 0) {
            return atan(y); // x = 1
        }
        int m = ((hy >> 31) & 1) | ((hx >> 30) & 2); // 2 * sign(x) + sign(y)

        if ((iy | ly) == 0) { // y = +-0
            switch (m) {
                case 0:
                case 1:
                    return y; // atan2(+-0, +anything) = +-0
                case 2:
                    return PI + TINY; // atan2(+0, -anything) = pi
                default:
                    return -PI - TINY; // atan2(-0, -anything) = -pi
            }
        }
        if ((ix | lx) == 0) { // x = +-0
            return hy < 0 ? -PIO2_HI - TINY : PIO2_HI + TINY;
        }
        if (ix == 0x7ff0_0000) { // x = +-infinity
            if (iy == 0x7ff0_0000) {
                switch (m) {
                    case 0:
                        return PIO4_HI + TINY; // atan2(+inf, +inf) = pi/4
                    case 1:
                        return -PIO4_HI - TINY;
                    case 2:
                        return 3.0 * PIO4_HI + TINY; // atan2(+inf, -inf) = 3pi/4
                    default:
                        return -3.0 * PIO4_HI - TINY;
                }
            }
            switch (m) {
                case 0:
                    return 0.0; // atan2(+finite, +inf) = +0
                case 1:
                    return -1.0 * 0.0;
                case 2:
                    return PI + TINY; // atan2(+finite, -inf) = pi
                default:
                    return -PI - TINY;
            }
        }
        if (iy == 0x7ff0_0000) { // y = +-infinity, x finite
            return hy < 0 ? -PIO2_HI - TINY : PIO2_HI + TINY;
        }

        int k = (iy - ix) >> 20; // about log2 |y/x|
        double z;
        if (k > 60) { // |y/x| > 2^60: pi/2 (and y/x might overflow)
            z = PIO2_HI + 0.5 * PI_LO;
        } else if (hx < 0 && k < -60) { // |y/x| < 2^-60 with x < 0: the result rounds to +-pi
            z = 0.0;
        } else {
            z = atan(Math.abs(y / x));
        }
        switch (m) {
            case 0:
                return z; // first quadrant
            case 1:
                return Double.longBitsToDouble(Double.doubleToRawLongBits(z) ^ Long.MIN_VALUE); // -z, sign bit flipped
            case 2:
                return PI - (z - PI_LO); // second quadrant: pi - z
            default:
                return (z - PI_LO) - PI; // third quadrant: z - pi
        }
    }

    /** (asin(t) - t)/t^3 for t^2 = z in [0, 1/4]. */
    private static double ratio(double z) {
        return numerator(z) / denominator(z);
    }

    private static double numerator(double z) {
        return z * (PS0 + z * (PS1 + z * (PS2 + z * (PS3 + z * (PS4 + z * PS5)))));
    }

    private static double denominator(double z) {
        return 1.0 + z * (QS1 + z * (QS2 + z * (QS3 + z * QS4)));
    }

    /**
     * The correctly rounded square root (what fdlibm's callers get from the FPU's sqrt instruction), computed in
     * integers: the 53-bit significand, scaled to an even exponent, has its integer square root found bit by
     * bit with 54 bits (one more than the result, the rounding bit) and a remainder that tells whether anything
     * lies below it; round half to even then needs no further information (an exact half cannot occur).
     */
    static double sqrt(double x) {
        long bits = Double.doubleToRawLongBits(x);
        if (bits <= 0 || bits >= 0x7ff0_0000_0000_0000L) { // negative, +-0, +infinity or NaN
            if ((bits & Long.MAX_VALUE) == 0 || bits == 0x7ff0_0000_0000_0000L) {
                return x; // sqrt(+-0) = +-0, sqrt(+inf) = +inf
            }
            return (x - x) / (x - x); // NaN: x negative or NaN
        }
        int exponent = (int) (bits >>> 52);
        long significand = bits & 0x000f_ffff_ffff_ffffL;
        if (exponent == 0) { // subnormal: normalize the significand
            exponent = 1;
            while ((significand & (1L << 52)) == 0) {
                significand <<= 1;
                exponent--;
            }
        } else {
            significand |= 1L << 52;
        }
        // x = significand 2^(exponent - 1075); make the power of two even
        int e = exponent - 1075;
        if ((e & 1) != 0) {
            significand <<= 1;
            e -= 1;
        }
        // significand in [2^52, 2^54): q = floor(sqrt(significand 2^54)) lies in [2^53, 2^54).
        // remainder holds (N - q^2) / 2^b for the bit b being decided, partial = 2 q.
        long remainder = significand << 1;
        long partial = 0;
        long q = 0;
        for (long bit = 1L << 53; bit != 0; bit >>>= 1) {
            long t = partial + bit;
            if (t <= remainder) {
                partial = t + bit;
                remainder -= t;
                q += bit;
            }
            remainder <<= 1;
        }
        long result = q >>> 1; // 53 bits, [2^52, 2^53)
        if ((q & 1) != 0 && (remainder != 0 || (result & 1) != 0)) {
            result++; // a carry to 2^53 moves into the exponent field below, as it should
        }
        // sqrt(x) = sqrt(significand) 2^(e/2) = result 2^(e/2 - 26): unbiased exponent (e + 52)/2 for result/2^52
        long biased = (e + 52) / 2 + 1023;
        return Double.longBitsToDouble((biased << 52) + result - (1L << 52));
    }

    private static int highWord(double x) {
        return (int) (Double.doubleToRawLongBits(x) >> 32);
    }

    private static int lowWord(double x) {
        return (int) Double.doubleToRawLongBits(x);
    }

    private static double clearLowWord(double x) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(x) & 0xffff_ffff_0000_0000L);
    }
}
