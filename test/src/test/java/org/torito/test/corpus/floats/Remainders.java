package org.torito.test.corpus.floats;

import org.torito.test.support.Out;

/**
 * The floating-point remainder (JLS 15.17.3, fmod semantics, not IEEE remainder): truncated quotient, the
 * result has the dividend's sign, exact even for huge quotients; x % 0, inf % y and NaN give NaN, x % inf is
 * x, and zero dividends keep their sign.
 */
public final class Remainders {
    private static double[] dividends;
    private static double[] divisors;

    private Remainders() {
    }

    public static void main(String[] args) {
        double zero = 0;
        double inf = 1 / zero;
        double nan = zero / zero;
        dividends = new double[] {5.5, -5.5, 7, -7, 0.3, 1e300, -1e-300, 0, -zero, inf, nan, 123456789.125, 2.5};
        divisors = new double[] {2, -2, 0.1, 3, 1e-5, 0, inf, -inf, nan, 1.25, 7e-310};
        for (double x : dividends) {
            for (double y : divisors) {
                Out.print(x % y);
                Out.print(' ');
            }
            Out.println();
        }
        for (double x : dividends) {
            float fx = (float) x;
            for (double y : divisors) {
                float fy = (float) y;
                Out.print(fx % fy);
                Out.print(' ');
            }
            Out.println();
        }
        float f = 10;
        int steps = 0;
        while (f > 0.001f && steps < 50) {
            f = (f * 7.3f) % 3.1f;
            steps++;
        }
        Out.println(f);
        Out.println(steps);
        double angle = 1000.0;
        double twoPi = 6.283185307179586;
        Out.println(angle % twoPi);
        Out.println(-angle % twoPi);
        Out.println(1e17 % 3);
        Out.println(3.0e38f % 7f);
    }
}
