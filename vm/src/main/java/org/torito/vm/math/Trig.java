package org.torito.vm.math;

/**
 * Sine, cosine and tangent as fdlibm's {@code s_sin.c}, {@code s_cos.c} and {@code s_tan.c} compute them. The
 * argument is reduced to x = n pi/2 + (y0 + y1) with |y0 + y1| <= pi/4, the reduced value kept as a double-double
 * so that no precision is lost however far x is from zero; n mod 4 then picks the kernel (sin or cos of the
 * reduced value, possibly negated, or tan or -1/tan). The kernels are minimax polynomials on [-pi/4, pi/4] with a
 * first-order correction for the tail y1. Reduction subtracts n pi/2 with pi/2 split in 33-bit pieces (so that
 * n times a piece is exact) for |x| up to 2^19 pi/2, and beyond that multiplies x by as many bits of 2/pi as it
 * needs (Payne and Hanek's method, fdlibm's {@code __kernel_rem_pio2}).
 */
public final class Trig {
    /** Bits of 2/pi, 24 at a time: TWO_OVER_PI[i] is bits 24i + 1 .. 24i + 24 after the binary point. */
    private static final int[] TWO_OVER_PI = {
        0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62,
        0x95993C, 0x439041, 0xFE5163, 0xABDEBB, 0xC561B7, 0x246E3A,
        0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129,
        0xA73EE8, 0x8235F5, 0x2EBB44, 0x84E99C, 0x7026B4, 0x5F7E41,
        0x3991D6, 0x398353, 0x39F49C, 0x845F8B, 0xBDF928, 0x3B1FF8,
        0x97FFDE, 0x05980F, 0xEF2F11, 0x8B5A0A, 0x6D1F6D, 0x367ECF,
        0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D, 0x7527BA, 0xC7EBE5,
        0xF17B3D, 0x0739F7, 0x8A5292, 0xEA6BFB, 0x5FB11F, 0x8D5D08,
        0x560330, 0x46FC7B, 0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3,
        0x91615E, 0xE61B08, 0x659985, 0x5F14A0, 0x68408D, 0xFFD880,
        0x4D7327, 0x310606, 0x1556CA, 0x73A8C9, 0x60E27B, 0xC08C6B,
    };

    /** The high words of n pi/2 for n = 1 .. 32: x this close to one of them may cancel in the first step. */
    private static final int[] N_PIO2_HIGH_WORDS = {
        0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C,
        0x4025FDBB, 0x402921FB, 0x402C463A, 0x402F6A7A, 0x4031475C, 0x4032D97C,
        0x40346B9C, 0x4035FDBB, 0x40378FDB, 0x403921FB, 0x403AB41B, 0x403C463A,
        0x403DD85A, 0x403F6A7A, 0x40407E4C, 0x4041475C, 0x4042106C, 0x4042D97C,
        0x4043A28C, 0x40446B9C, 0x404534AC, 0x4045FDBB, 0x4046C6CB, 0x40478FDB,
        0x404858EB, 0x404921FB,
    };

    /** pi/2 cut in 24-bit pieces, for the Payne-Hanek product's final multiplication. */
    private static final double[] PIO2_24 = {
        1.57079625129699707031e+00, // 0x3FF921FB 40000000
        7.54978941586159635335e-08, // 0x3E74442D 00000000
        5.39030252995776476554e-15, // 0x3CF84698 80000000
        3.28200341580791294123e-22, // 0x3B78CC51 60000000
        1.27065575308067607349e-29, // 0x39F01B83 80000000
        1.22933308981111328932e-36, // 0x387A2520 40000000
        2.73370053816464559624e-44, // 0x36E38222 80000000
        2.16741683877804819444e-51, // 0x3569F31D 00000000
    };

    private static final double TWO24 = 1.67772160000000000000e+07; // 0x41700000 00000000
    private static final double TWON24 = 5.96046447753906250000e-08; // 0x3E700000 00000000

    private static final double INV_PIO2 = 6.36619772367581382433e-01; // 53 bits of 2/pi, 0x3FE45F30 6DC9C883
    private static final double PIO2_1 = 1.57079632673412561417e+00; // first 33 bits of pi/2, 0x3FF921FB 54400000
    private static final double PIO2_1T = 6.07710050650619224932e-11; // pi/2 - PIO2_1, 0x3DD0B461 1A626331
    private static final double PIO2_2 = 6.07710050630396597660e-11; // next 33 bits, 0x3DD0B461 1A600000
    private static final double PIO2_2T = 2.02226624879595063154e-21; // pi/2 - (1 + 2), 0x3BA3198A 2E037073
    private static final double PIO2_3 = 2.02226624871116645580e-21; // next 33 bits, 0x3BA3198A 2E000000
    private static final double PIO2_3T = 8.47842766036889956997e-32; // pi/2 - (1 + 2 + 3), 0x397B839A 252049C1

    // sin(x) ~ x + S1 x^3 + ... + S6 x^13 on [-pi/4, pi/4]
    private static final double S1 = -1.66666666666666324348e-01; // 0xBFC55555 55555549
    private static final double S2 = 8.33333333332248946124e-03; // 0x3F811111 1110F8A6
    private static final double S3 = -1.98412698298579493134e-04; // 0xBF2A01A0 19C161D5
    private static final double S4 = 2.75573137070700676789e-06; // 0x3EC71DE3 57B1FE7D
    private static final double S5 = -2.50507602534068634195e-08; // 0xBE5AE5E6 8A2B9CEB
    private static final double S6 = 1.58969099521155010221e-10; // 0x3DE5D93A 5ACFD57C

    // cos(x) ~ 1 - x^2/2 + C1 x^4 + ... + C6 x^14 on [-pi/4, pi/4]
    private static final double C1 = 4.16666666666666019037e-02; // 0x3FA55555 5555554C
    private static final double C2 = -1.38888888888741095749e-03; // 0xBF56C16C 16C15177
    private static final double C3 = 2.48015872894767294178e-05; // 0x3EFA01A0 19CB1590
    private static final double C4 = -2.75573143513906633035e-07; // 0xBE927E4F 809C52AD
    private static final double C5 = 2.08757232129817482790e-09; // 0x3E21EE9E BDB4B1C4
    private static final double C6 = -1.13596475577881948265e-11; // 0xBDA8FAE9 BE8838D4

    // tan(x) ~ x + T[0] x^3 + ... + T[12] x^27 on [0, 0.67434]
    private static final double[] T = {
        3.33333333333334091986e-01, // 0x3FD55555 55555563
        1.33333333333201242699e-01, // 0x3FC11111 1110FE7A
        5.39682539762260521377e-02, // 0x3FABA1BA 1BB341FE
        2.18694882948595424599e-02, // 0x3F9664F4 8406D637
        8.86323982359930005737e-03, // 0x3F8226E3 E96E8493
        3.59207910759131235356e-03, // 0x3F6D6D22 C9560328
        1.45620945432529025516e-03, // 0x3F57DBC8 FEE08315
        5.88041240820264096874e-04, // 0x3F4344D8 F2F26501
        2.46463134818469906812e-04, // 0x3F3026F7 1A8D1068
        7.81794442939557092300e-05, // 0x3F147E88 A03792A6
        7.14072491382608190305e-05, // 0x3F12B80F 32F0A7E9
        -1.85586374855275456654e-05, // 0xBEF375CB DB605373
        2.59073051863633712884e-05, // 0x3EFB2A70 74BF7AD4
    };
    private static final double PIO4 = 7.85398163397448278999e-01; // 0x3FE921FB 54442D18
    private static final double PIO4_LO = 3.06161699786838301793e-17; // pi/4 - PIO4, 0x3C81A626 33145C07

    /** High words: |x| <= ~pi/4 needs no reduction; below 3pi/4 n is +-1; up to 2^19 pi/2 the 33-bit pieces do. */
    private static final int PIO4_HIGH = 0x3fe9_21fb;
    private static final int THREE_PIO4_HIGH = 0x4002_d97c;
    private static final int MEDIUM_LIMIT_HIGH = 0x4139_21fb;
    private static final int PIO2_HIGH = 0x3ff9_21fb;

    private Trig() {
    }

    public static double sin(double x) {
        int ix = highWord(x) & 0x7fff_ffff;
        if (ix <= PIO4_HIGH) {
            return kernelSin(x, 0.0, false);
        }
        if (ix >= 0x7ff0_0000) {
            return x - x; // NaN for NaN and infinities
        }
        double[] y = new double[2];
        int n = remPio2(x, y);
        switch (n & 3) {
            case 0:
                return kernelSin(y[0], y[1], true);
            case 1:
                return kernelCos(y[0], y[1]);
            case 2:
                return -kernelSin(y[0], y[1], true);
            default:
                return -kernelCos(y[0], y[1]);
        }
    }

    public static double cos(double x) {
        int ix = highWord(x) & 0x7fff_ffff;
        if (ix <= PIO4_HIGH) {
            return kernelCos(x, 0.0);
        }
        if (ix >= 0x7ff0_0000) {
            return x - x;
        }
        double[] y = new double[2];
        int n = remPio2(x, y);
        switch (n & 3) {
            case 0:
                return kernelCos(y[0], y[1]);
            case 1:
                return -kernelSin(y[0], y[1], true);
            case 2:
                return -kernelCos(y[0], y[1]);
            default:
                return kernelSin(y[0], y[1], true);
        }
    }

    public static double tan(double x) {
        int ix = highWord(x) & 0x7fff_ffff;
        if (ix <= PIO4_HIGH) {
            return kernelTan(x, 0.0, 1);
        }
        if (ix >= 0x7ff0_0000) {
            return x - x;
        }
        double[] y = new double[2];
        int n = remPio2(x, y);
        return kernelTan(y[0], y[1], 1 - ((n & 1) << 1)); // tan for even n, -1/tan for odd n
    }

    /**
     * sin(x + y) for |x + y| <= ~pi/4, y the tail of x (ignored unless {@code hasTail}): x + x^3 (S1 + x^2 R),
     * with sin(x + y) ~ sin(x) + (1 - x^2/2) y folded in.
     */
    private static double kernelSin(double x, double y, boolean hasTail) {
        int ix = highWord(x) & 0x7fff_ffff;
        if (ix < 0x3e40_0000 && (int) x == 0) { // |x| < 2^-27: sin(x) rounds to x
            return x;
        }
        double z = x * x;
        double v = z * x;
        double r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
        if (!hasTail) {
            return x + v * (S1 + z * r);
        }
        return x - ((z * (0.5 * y - v * r) - y) - v * S1);
    }

    /**
     * cos(x + y) for |x + y| <= ~pi/4: 1 - x^2/2 + x^4 R(x^2) - x y. Above 0.3 a part qx of x^2/2 is taken off
     * both 1 and x^2/2 first, exactly, so that the final subtraction loses less.
     */
    private static double kernelCos(double x, double y) {
        int ix = highWord(x) & 0x7fff_ffff;
        if (ix < 0x3e40_0000 && (int) x == 0) { // |x| < 2^-27: cos(x) rounds to 1
            return 1.0;
        }
        double z = x * x;
        double r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
        if (ix < 0x3fd3_3333) { // |x| < 0.3
            return 1.0 - (0.5 * z - (z * r - x * y));
        }
        double qx = ix > 0x3fe9_0000 ? 0.28125 // |x| > 0.78125
                : Double.longBitsToDouble((long) (ix - 0x0020_0000) << 32); // |x|/4, low word cleared
        double hz = 0.5 * z - qx;
        double a = 1.0 - qx;
        return a - (hz - (z * r - x * y));
    }

    /**
     * tan(x + y) (k = 1) or -1/tan(x + y) (k = -1) for |x + y| <= ~pi/4. Near pi/4 (|x| >= 0.6744) it computes
     * tan(pi/4 - x) instead and uses tan(pi/4 - t) = 1 - 2 (tan t - tan^2 t / (1 + tan t)). -1/w is computed
     * as a head with a cleared low word plus a correction, so that it is accurate to within an ulp.
     */
    private static double kernelTan(double x, double y, int k) {
        int hx = highWord(x);
        int ix = hx & 0x7fff_ffff;
        if (ix < 0x3e30_0000 && (int) x == 0) { // |x| < 2^-28
            if ((ix | lowWord(x) | (k + 1)) == 0) {
                return 1.0 / Math.abs(x); // -1/tan(+-0) = +infinity
            }
            if (k == 1) {
                return x;
            }
            double w = x + y; // -1/(x + y), carefully
            double z = clearLowWord(w);
            double v = y - (z - x); // z + v = x + y
            double a = -1.0 / w;
            double t = clearLowWord(a);
            double s = 1.0 + t * z;
            return t + a * (s + t * v);
        }
        boolean nearPio4 = ix >= 0x3fe5_9428; // |x| >= 0.6744
        if (nearPio4) {
            if (hx < 0) {
                x = -x;
                y = -y;
            }
            double z = PIO4 - x;
            double w = PIO4_LO - y;
            x = z + w;
            y = 0.0;
        }
        double z = x * x;
        double w = z * z;
        // x^5 (T[1] + x^2 T[2] + ...) as odd and even halves, each a polynomial in x^4
        double r = T[1] + w * (T[3] + w * (T[5] + w * (T[7] + w * (T[9] + w * T[11]))));
        double v = z * (T[2] + w * (T[4] + w * (T[6] + w * (T[8] + w * (T[10] + w * T[12])))));
        double s = z * x;
        r = y + z * (s * (r + v) + y);
        r += T[0] * s;
        w = x + r;
        if (nearPio4) {
            v = k;
            int sign = 1 - ((hx >> 30) & 2); // of the original x
            return sign * (v - 2.0 * (x - (w * w / (w + v) - r)));
        }
        if (k == 1) {
            return w;
        }
        z = clearLowWord(w);
        v = r - (z - x); // z + v = x + r
        double a = -1.0 / w;
        double t = clearLowWord(a);
        s = 1.0 + t * z;
        return t + a * (s + t * v);
    }

    /**
     * Reduces x: returns n (mod 8 for huge x, which is all the callers need) and sets y[0] + y[1] = x - n pi/2
     * with |y[0] + y[1]| <= ~pi/4 (fdlibm's {@code __ieee754_rem_pio2}).
     */
    private static int remPio2(double x, double[] y) {
        int hx = highWord(x);
        int ix = hx & 0x7fff_ffff;
        if (ix <= PIO4_HIGH) {
            y[0] = x;
            y[1] = 0.0;
            return 0;
        }
        if (ix < THREE_PIO4_HIGH) { // n = +-1: one subtraction of 33 + 53 bits of pi/2 is enough...
            double sign = hx > 0 ? 1.0 : -1.0;
            double z = x - sign * PIO2_1;
            if (ix != PIO2_HIGH) {
                y[0] = z - sign * PIO2_1T;
                y[1] = (z - y[0]) - sign * PIO2_1T;
            } else { // ...except near pi/2, where x cancels deeper: 33 + 33 + 53 bits
                z -= sign * PIO2_2;
                y[0] = z - sign * PIO2_2T;
                y[1] = (z - y[0]) - sign * PIO2_2T;
            }
            return hx > 0 ? 1 : -1;
        }
        if (ix <= MEDIUM_LIMIT_HIGH) { // |x| <= 2^19 pi/2: n has at most 20 bits, n * PIO2_k is exact
            double t = Math.abs(x);
            int n = (int) (t * INV_PIO2 + 0.5);
            double fn = n;
            double r = t - fn * PIO2_1;
            double w = fn * PIO2_1T; // first round, good to 85 bits
            if (n < 32 && ix != N_PIO2_HIGH_WORDS[n - 1]) {
                y[0] = r - w; // x is not near a multiple of pi/2: no cancellation
            } else {
                int exponent = ix >> 20;
                y[0] = r - w;
                int lost = exponent - ((highWord(y[0]) >> 20) & 0x7ff); // bits cancelled so far
                if (lost > 16) { // second round, good to 118 bits
                    t = r;
                    w = fn * PIO2_2;
                    r = t - w;
                    w = fn * PIO2_2T - ((t - r) - w);
                    y[0] = r - w;
                    lost = exponent - ((highWord(y[0]) >> 20) & 0x7ff);
                    if (lost > 49) { // third round, 151 bits: enough for every double
                        t = r;
                        w = fn * PIO2_3;
                        r = t - w;
                        w = fn * PIO2_3T - ((t - r) - w);
                        y[0] = r - w;
                    }
                }
            }
            y[1] = (r - y[0]) - w;
            if (hx < 0) {
                y[0] = -y[0];
                y[1] = -y[1];
                return -n;
            }
            return n;
        }
        if (ix >= 0x7ff0_0000) { // infinity or NaN
            y[0] = y[1] = x - x;
            return 0;
        }
        // |x| as three 24-bit integers tx[0..2] times 2^e0
        int e0 = (ix >> 20) - 1046; // ilogb(x) - 23
        double z = Double.longBitsToDouble(((long) (ix - (e0 << 20)) << 32) | (Double.doubleToRawLongBits(x)
                & 0xffff_ffffL));
        double[] tx = new double[3];
        for (int i = 0; i < 2; i++) {
            tx[i] = (int) z;
            z = (z - tx[i]) * TWO24;
        }
        tx[2] = z;
        int nx = 3;
        while (tx[nx - 1] == 0.0) {
            nx--; // trailing zero pieces add nothing
        }
        int n = kernelRemPio2(tx, y, e0, nx);
        if (hx < 0) {
            y[0] = -y[0];
            y[1] = -y[1];
            return -n;
        }
        return n;
    }

    /**
     * Payne-Hanek reduction (fdlibm's {@code __kernel_rem_pio2} at 53-bit precision): x = sum of x[i] 2^(e0 -
     * 24 i), the x[i] 24-bit integers. Only the bits of 2/pi that can affect the fraction of x 2/pi and its
     * integer part mod 8 are multiplied in, as 24-bit chunks in doubles (every product and sum exact); more
     * chunks are taken while the fraction is zero as far as computed (x very close to a multiple of pi/2).
     * The fraction, folded to [-1/2, 1/2], is multiplied by pi/2 and summed into y[0] + y[1]. Returns n & 7.
     */
    private static int kernelRemPio2(double[] x, double[] y, int e0, int nx) {
        final int jk = 4; // jk + 1 chunks of 2/pi to start with (fdlibm's value for 53-bit results)
        final int jp = jk; // chunks of pi/2 used in the final product
        double[] f = new double[20];
        double[] q = new double[20];
        double[] fq = new double[20];
        int[] iq = new int[20];

        int jx = nx - 1;
        int jv = (e0 - 3) / 24; // chunks of 2/pi before jv only add multiples of 8 to the product
        if (jv < 0) {
            jv = 0;
        }
        int q0 = e0 - 24 * (jv + 1); // exponent of q[0]

        for (int i = 0, j = jv - jx; i <= jx + jk; i++, j++) {
            f[i] = j < 0 ? 0.0 : TWO_OVER_PI[j];
        }
        for (int i = 0; i <= jk; i++) {
            double fw = 0.0;
            for (int j = 0; j <= jx; j++) {
                fw += x[j] * f[jx + i - j];
            }
            q[i] = fw;
        }

        int jz = jk;
        int n;
        int ih;
        double z;
        while (true) {
            // distill q[] into 24-bit integers iq[], least significant last
            z = q[jz];
            for (int i = 0, j = jz; j > 0; i++, j--) {
                double fw = (int) (TWON24 * z);
                iq[i] = (int) (z - TWO24 * fw);
                z = q[j - 1] + fw;
            }
            // the integer part mod 8
            z = scalb(z, q0);
            z -= 8.0 * floor(z * 0.125);
            n = (int) z;
            z -= n;
            ih = 0;
            if (q0 > 0) { // the last bits of the integer part are in iq[jz - 1]
                int i = iq[jz - 1] >> (24 - q0);
                n += i;
                iq[jz - 1] -= i << (24 - q0);
                ih = iq[jz - 1] >> (23 - q0);
            } else if (q0 == 0) {
                ih = iq[jz - 1] >> 23;
            } else if (z >= 0.5) {
                ih = 2;
            }
            if (ih > 0) { // fraction >= 1/2: take 1 - fraction, n + 1
                n += 1;
                int carry = 0;
                for (int i = 0; i < jz; i++) {
                    int j = iq[i];
                    if (carry == 0) {
                        if (j != 0) {
                            carry = 1;
                            iq[i] = 0x100_0000 - j;
                        }
                    } else {
                        iq[i] = 0xff_ffff - j;
                    }
                }
                if (q0 == 1) { // the integer bits sharing iq[jz - 1] are not part of the fraction
                    iq[jz - 1] &= 0x7f_ffff;
                } else if (q0 == 2) {
                    iq[jz - 1] &= 0x3f_ffff;
                }
                if (ih == 2) {
                    z = 1.0 - z;
                    if (carry != 0) {
                        z -= scalb(1.0, q0);
                    }
                }
            }
            if (z != 0.0) {
                break;
            }
            int j = 0;
            for (int i = jz - 1; i >= jk; i--) {
                j |= iq[i];
            }
            if (j != 0) {
                break;
            }
            // the fraction's leading chunks are all zero: multiply in k more chunks of 2/pi and start over
            int k = 1;
            while (iq[jk - k] == 0) {
                k++;
            }
            for (int i = jz + 1; i <= jz + k; i++) {
                f[jx + i] = TWO_OVER_PI[jv + i];
                double fw = 0.0;
                for (int jj = 0; jj <= jx; jj++) {
                    fw += x[jj] * f[jx + i - jj];
                }
                q[i] = fw;
            }
            jz += k;
        }

        // chop off zero chunks, or put z back into chunks
        if (z == 0.0) {
            jz -= 1;
            q0 -= 24;
            while (iq[jz] == 0) {
                jz--;
                q0 -= 24;
            }
        } else {
            z = scalb(z, -q0);
            if (z >= TWO24) {
                double fw = (int) (TWON24 * z);
                iq[jz] = (int) (z - TWO24 * fw);
                jz += 1;
                q0 += 24;
                iq[jz] = (int) fw;
            } else {
                iq[jz] = (int) z;
            }
        }

        // the chunks as doubles, then times pi/2
        double fw = scalb(1.0, q0);
        for (int i = jz; i >= 0; i--) {
            q[i] = fw * iq[i];
            fw *= TWON24;
        }
        for (int i = jz; i >= 0; i--) {
            fw = 0.0;
            for (int k = 0; k <= jp && k <= jz - i; k++) {
                fw += PIO2_24[k] * q[i + k];
            }
            fq[jz - i] = fw;
        }

        // compress fq[] into y[0] + y[1]
        fw = 0.0;
        for (int i = jz; i >= 0; i--) {
            fw += fq[i];
        }
        y[0] = ih == 0 ? fw : -fw;
        fw = fq[0] - fw;
        for (int i = 1; i <= jz; i++) {
            fw += fq[i];
        }
        y[1] = ih == 0 ? fw : -fw;
        return n & 7;
    }

    /** x 2^n, for results in the normal range (all this class needs): exact. */
    private static double scalb(double x, int n) {
        return x * Double.longBitsToDouble((long) (n + 1023) << 52);
    }

    /** The largest integer <= x, for |x| < 2^63. */
    private static double floor(double x) {
        double t = (long) x;
        return t > x ? t - 1.0 : t;
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
