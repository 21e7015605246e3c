package org.torito.test.corpus.lang;

/** cbrt, fma and integer roots: Math and StrictMath cube roots as bits, fused multiply-add against a*b+c. */
public final class MathCbrtAndFma {
    private MathCbrtAndFma() {
    }

    public static void main(String[] args) {
        double[] values = {0.0, -0.0, 1.0, 2.0, 3.0, 8.0, 0.125, 10.0, 27.0, -27.0, 1e-310, 1e300, 2.0e-8, -1e-9,
            Double.MAX_VALUE, Double.MIN_VALUE, -1.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            123456789.0, 0.1, 1000000.0, 3.375};
        for (double v : values) {
            double c = Math.cbrt(v);
            double s = StrictMath.cbrt(v);
            System.out.println(v + ": cbrt=" + c + " strict=" + s + " same=" + (Double.doubleToRawLongBits(c)
                    == Double.doubleToRawLongBits(s)) + " cubed=" + c * c * c + " bits="
                    + Long.toHexString(Double.doubleToRawLongBits(c)));
        }
        double x = 2;
        for (int i = 0; i < 6; i++) {
            x = Math.cbrt(x);
            System.out.print(Long.toHexString(Double.doubleToLongBits(x)) + " ");
        }
        System.out.println();
        double[][] fmas = {{2, 3, 4}, {0.1, 10, -1}, {1e308, 10, -1e308}, {-0.0, 0.0, 0.0}, {Double.MIN_VALUE, 0.5, 0},
            {1 + Math.ulp(1.0), 1 - Math.ulp(1.0), -1}, {Double.POSITIVE_INFINITY, 0, 1}, {Double.NaN, 1, 1},
            {1e-200, 1e-200, 0}, {3, 1.0 / 3, -1}, {-1.5, 2, 3}};
        for (double[] f : fmas) {
            System.out.println(f[0] + "*" + f[1] + "+" + f[2] + ": fma=" + Math.fma(f[0], f[1], f[2]) + " plain="
                    + (f[0] * f[1] + f[2]));
        }
        float[][] ffmas = {{0.1f, 10f, -1f}, {3f, 3f, 3f}, {1e30f, 1e10f, -1e38f}, {1.0000001f, 0.9999999f, -1f}};
        for (float[] f : ffmas) {
            System.out.print(Math.fma(f[0], f[1], f[2]) + " vs " + (f[0] * f[1] + f[2]) + "; ");
        }
        System.out.println();
        long[] squares = {0, 1, 2, 15, 16, 17, 1L << 52, (1L << 52) + 1, 999999999999L * 999999999999L / 1000000,
            Long.MAX_VALUE, 4611686014132420609L, 1_000_000_000_000L, 9223358842721533951L, 9223358842721533950L};
        for (long n : squares) {
            long r = isqrt(n);
            long c = icbrt(n);
            System.out.println(n + ": isqrt=" + r + " square=" + (r * r == n) + " icbrt=" + c + " cube="
                    + (c * c * c == n));
        }
    }

    private static long isqrt(long n) {
        long lo = 0;
        long hi = 3037000499L;
        while (lo < hi) {
            long mid = (lo + hi + 1) >>> 1;
            if (mid * mid <= n) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private static long icbrt(long n) {
        long r = Math.min((long) Math.cbrt((double) n), 2097151L);
        while (r * r * r > n) {
            r--;
        }
        while (r < 2097151L && (r + 1) * (r + 1) * (r + 1) <= n) {
            r++;
        }
        return r;
    }
}
