package org.torito.test.corpus.floats;

import org.torito.test.support.Out;

/**
 * Kahan compensated summation against naive and pairwise summation of values that lose bits in a running
 * sum, in float and in double; the compensation term itself depends on every rounding.
 */
public final class KahanSummation {
    private static int count;

    private KahanSummation() {
    }

    static double naive(double[] xs) {
        double s = 0;
        for (double x : xs) {
            s += x;
        }
        return s;
    }

    static double kahan(double[] xs) {
        double sum = 0;
        double c = 0;
        for (double x : xs) {
            double y = x - c;
            double t = sum + y;
            c = (t - sum) - y;
            sum = t;
        }
        Out.print(c);
        Out.print(' ');
        return sum;
    }

    static double pairwise(double[] xs, int from, int to) {
        if (to - from <= 8) {
            double s = 0;
            for (int i = from; i < to; i++) {
                s += xs[i];
            }
            return s;
        }
        int mid = (from + to) >>> 1;
        return pairwise(xs, from, mid) + pairwise(xs, mid, to);
    }

    static float kahanf(float[] xs) {
        float sum = 0;
        float c = 0;
        for (float x : xs) {
            float y = x - c;
            float t = sum + y;
            c = (t - sum) - y;
            sum = t;
        }
        return sum;
    }

    static float naivef(float[] xs) {
        float s = 0;
        for (float x : xs) {
            s += x;
        }
        return s;
    }

    public static void main(String[] args) {
        count = 10000;
        double[] tenths = new double[count];
        float[] ftenths = new float[count];
        for (int i = 0; i < count; i++) {
            tenths[i] = 0.1;
            ftenths[i] = 0.1f;
        }
        Out.println(naive(tenths));
        Out.println(kahan(tenths));
        Out.println(pairwise(tenths, 0, count));
        Out.println(naivef(ftenths));
        Out.println(kahanf(ftenths));

        double[] mixed = new double[count];
        float[] fmixed = new float[count];
        int seed = 17;
        for (int i = 0; i < count; i++) {
            seed = seed * 1664525 + 1013904223;
            double magnitude = (seed >>> 8) / 16777216.0;
            mixed[i] = i % 100 == 0 ? 1e12 * magnitude : magnitude * 1e-3;
            if (i % 2 == 1) {
                mixed[i] = -mixed[i];
            }
            fmixed[i] = (float) mixed[i];
        }
        Out.println(naive(mixed));
        Out.println(kahan(mixed));
        Out.println(pairwise(mixed, 0, count));
        Out.println(naivef(fmixed));
        Out.println(kahanf(fmixed));

        double[] cancel = {1e16, 1, -1e16, 1, 1e16, 1, -1e16, 1};
        Out.println(naive(cancel));
        Out.println(kahan(cancel));
    }
}
