package org.torito.test.corpus.integers;

import org.torito.test.support.Out;

/** Integer square and cube roots: Newton's method and digit-by-digit, for int and long up to MAX_VALUE. */
public final class IntegerSqrt {
    private static long scale;

    private IntegerSqrt() {
    }

    public static void main(String[] args) {
        scale = 1;
        long v = 0;
        for (int k = 0; k < 30; k++) {
            long r1 = newton(v);
            long r2 = bitwise(v);
            Out.print(v);
            Out.print(" ");
            Out.print(r1);
            Out.print(" ");
            Out.print(r1 == r2 && r1 * r1 <= v && (r1 + 1) * (r1 + 1) > v);
            Out.print(" ");
            Out.print(cbrt(v));
            Out.println();
            v = v * 3 + 7 * scale + k;
        }
        long max = 9223372036854775807L * scale;
        Out.println(newton(max));
        Out.println(bitwise(max));
        Out.println(cbrt(max));
        Out.println(isqrtInt(2147483647 * (int) scale));
        Out.println(isqrtInt(46340 * 46340 * (int) scale));
        Out.println(isqrtInt(46340 * 46340 * (int) scale - 1));
        int squares = 0;
        for (int i = 0; i < 100000; i++) {
            int r = isqrtInt(i);
            if (r * r == i) {
                squares++;
            }
        }
        Out.println(squares);
    }

    private static long newton(long n) {
        if (n < 2) {
            return n;
        }
        long x = n;
        long y = (x >>> 1) + 1;
        while (y < x) {
            x = y;
            y = (x + n / x) >>> 1;
        }
        return x;
    }

    private static long bitwise(long n) {
        long result = 0;
        long bit = 1L << 62;
        while (bit > n) {
            bit >>= 2;
        }
        while (bit != 0) {
            if (n >= result + bit) {
                n -= result + bit;
                result = (result >> 1) + bit;
            } else {
                result >>= 1;
            }
            bit >>= 2;
        }
        return result;
    }

    private static long cbrt(long n) {
        long lo = 0;
        long hi = 2097152;
        while (lo < hi) {
            long mid = (lo + hi + 1) >>> 1;
            if (mid * mid * mid <= n) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private static int isqrtInt(int n) {
        int x = 0;
        for (int bit = 1 << 15; bit != 0; bit >>>= 1) {
            int t = x | bit;
            if (t <= 46340 && t * t <= n) {
                x = t;
            }
        }
        return x;
    }
}
