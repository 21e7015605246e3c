package org.torito.test.corpus.algorithms;

import org.torito.test.support.Out;

/**
 * pi (Machin's formula), e and sqrt(2) in fixed point with 18 decimal places in a long, and pi's digits from
 * an unbounded-precision-free spigot over a small window (no arrays: the window is four longs).
 */
public final class FixedPointConstants {
    private static long one;

    private FixedPointConstants() {
    }

    public static void main(String[] args) {
        one = 1000000000000000000L;
        long pi = 4 * (4 * arctanInverse(5) - arctanInverse(239));
        printFixed(pi);
        printFixed(e());
        printFixed(sqrt2());
        printFixed(lnTwo());
        Out.println(pi / 1000);
        Out.println(digitsOfPiByNilakantha(12));
    }

    /** arctan(1/x) = 1/x - 1/(3x^3) + 1/(5x^5) - ..., in units of 1e-18. */
    private static long arctanInverse(int x) {
        long power = one / x;
        long sum = power;
        long x2 = (long) x * x;
        int sign = -1;
        for (int k = 3; power != 0; k += 2) {
            power /= x2;
            sum += sign * (power / k);
            sign = -sign;
        }
        return sum;
    }

    private static long e() {
        long term = one;
        long sum = 0;
        for (int k = 1; term != 0; k++) {
            sum += term;
            term /= k;
        }
        return sum;
    }

    /** Newton's iteration on x^2 = 2 with the division done in two halves (so the products fit). */
    private static long sqrt2() {
        long x = 1414213562L * 1000000000L;
        for (int i = 0; i < 5; i++) {
            // 2 * one * one / x, as 2e18 / (x / 1e9) * 1e9 plus the remainder's share
            long q = x / 1000000000L;
            long hi = 2 * (one / q);
            long rem = 2 * (one % q);
            long twoOverX = hi * 1000000000L + rem * 1000000000L / q;
            x = (x + twoOverX) / 2;
        }
        return x;
    }

    /** ln 2 = sum 1/(k 2^k). */
    private static long lnTwo() {
        long sum = 0;
        long power = one / 2;
        for (int k = 1; power != 0; k++) {
            sum += power / k;
            power >>= 1;
        }
        return sum;
    }

    /** pi by Nilakantha's series in units of 1e-12: 3 + 4/(2*3*4) - 4/(4*5*6) + ... for 200000 terms. */
    private static long digitsOfPiByNilakantha(int places) {
        long unit = 1;
        for (int i = 0; i < places; i++) {
            unit *= 10;
        }
        long sum = 3 * unit;
        long sign = 1;
        for (long n = 2; n < 400000; n += 2) {
            sum += sign * (4 * unit / (n * (n + 1) * (n + 2)));
            sign = -sign;
        }
        return sum;
    }

    private static void printFixed(long v) {
        Out.print(v / one);
        Out.print(".");
        long frac = v % one;
        for (long unit = one / 10; unit > 0; unit /= 10) {
            Out.print((char) ('0' + frac / unit % 10));
        }
        Out.println();
    }
}
