package org.torito.test.corpus.floats;

import org.torito.test.support.Out;

/**
 * Square and cube roots by Newton's iteration in double and float, iterated until the value stops changing or
 * cycles between two neighbours; the number of steps and the final bits must match exactly.
 */
public final class NewtonSqrt {
    private static double[] inputs;

    private NewtonSqrt() {
    }

    static double sqrt(double a) {
        if (a == 0) {
            return a;
        }
        double x = a > 1 ? a / 2 : 1;
        double prev = 0;
        double prev2 = -1;
        int steps = 0;
        while (x != prev && x != prev2 && steps < 1200) {
            prev2 = prev;
            prev = x;
            x = (x + a / x) / 2;
            steps++;
        }
        Out.print(steps);
        Out.print(' ');
        return x;
    }

    static float sqrtf(float a) {
        float x = a > 1 ? a / 2 : 1;
        float prev = 0;
        float prev2 = -1;
        int steps = 0;
        while (x != prev && x != prev2 && steps < 1200) {
            prev2 = prev;
            prev = x;
            x = 0.5f * (x + a / x);
            steps++;
        }
        Out.print(steps);
        Out.print(' ');
        return x;
    }

    static double cbrt(double a) {
        double x = a;
        for (int i = 0; i < 100; i++) {
            x = (2 * x + a / (x * x)) / 3;
        }
        return x;
    }

    public static void main(String[] args) {
        inputs = new double[] {2, 3, 0.25, 1e10, 1e-10, 12345.678, 0.5, 1e300, 7e-300, 0};
        for (double a : inputs) {
            double r = sqrt(a);
            Out.print(r);
            Out.print(' ');
            Out.print(r * r);
            Out.print(' ');
            float fr = sqrtf((float) a);
            Out.print(fr);
            Out.println();
        }
        for (int i = 1; i <= 10; i++) {
            double c = cbrt(i * 10.0);
            Out.print(c);
            Out.print(' ');
            Out.println(c * c * c);
        }
    }
}
