package org.torito.test.corpus.floats;

import org.torito.test.support.Out;

/**
 * floor, ceil, round-half-up, round-half-even and truncation written with casts and comparisons (no
 * java.lang.Math yet), applied to halves, negatives, large values beyond 2^52 that are already integral, and
 * the specials; results printed as bits and as longs.
 */
public final class RoundingByCasts {
    private static double[] values;

    private RoundingByCasts() {
    }

    static double floor(double x) {
        if (x != x || x >= 4503599627370496.0 || x <= -4503599627370496.0) {
            return x;
        }
        double t = (long) x;
        if (t > x) {
            t -= 1;
        }
        return t == 0 && x < 0 ? -0.0 : t;
    }

    static double ceil(double x) {
        return -floor(-x);
    }

    static long roundHalfUp(double x) {
        return (long) floor(x + 0.5);
    }

    static double rint(double x) {
        double f = floor(x);
        double diff = x - f;
        if (diff > 0.5) {
            return f + 1;
        }
        if (diff < 0.5) {
            return f;
        }
        return (long) f % 2 == 0 ? f : f + 1;
    }

    static float floorf(float x) {
        if (x != x || x >= 8388608f || x <= -8388608f) {
            return x;
        }
        float t = (int) x;
        return t > x ? t - 1 : t;
    }

    public static void main(String[] args) {
        double zero = 0;
        values = new double[] {0.5, 1.5, 2.5, -0.5, -1.5, -2.5, 0.49999999999999994, 2.7, -2.7, 1e15 + 0.5,
            4503599627370497.0, -4503599627370497.0, 1e300, -0.0, zero / zero, 1 / zero, -1 / zero, 3.0, -3.0,
            0.1 * 3, 1e-320};
        for (double v : values) {
            Out.print(floor(v));
            Out.print(' ');
            Out.print(ceil(v));
            Out.print(' ');
            Out.print(roundHalfUp(v));
            Out.print(' ');
            Out.print(rint(v));
            Out.print(' ');
            Out.print((long) v);
            Out.print(' ');
            Out.print(floorf((float) v));
            Out.println();
        }
        double money = 0;
        for (int i = 0; i < 37; i++) {
            money += 0.07;
        }
        Out.println(money);
        Out.println(roundHalfUp(money * 100));
        Out.println(floor(money * 100));
        Out.println(rint(money * 100) / 100);
    }
}
