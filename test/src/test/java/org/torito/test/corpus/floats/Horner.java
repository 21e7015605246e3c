package org.torito.test.corpus.floats;

import org.torito.test.support.Out;

/**
 * Polynomials evaluated by Horner's rule against the naive power sum (they round differently), the derivative
 * carried along, a Chebyshev-like recurrence, and a root found by Newton with the Horner pair.
 */
public final class Horner {
    private static double[] coefficients;
    private static float[] fcoefficients;

    private Horner() {
    }

    static double horner(double[] c, double x) {
        double r = 0;
        for (int i = c.length - 1; i >= 0; i--) {
            r = r * x + c[i];
        }
        return r;
    }

    static float hornerf(float[] c, float x) {
        float r = 0;
        for (int i = c.length - 1; i >= 0; i--) {
            r = r * x + c[i];
        }
        return r;
    }

    static double naive(double[] c, double x) {
        double r = 0;
        for (int i = 0; i < c.length; i++) {
            double p = 1;
            for (int k = 0; k < i; k++) {
                p *= x;
            }
            r += c[i] * p;
        }
        return r;
    }

    /** Value and derivative together: returns the value, stores the derivative in out[0]. */
    static double hornerWithDerivative(double[] c, double x, double[] out) {
        double p = 0;
        double dp = 0;
        for (int i = c.length - 1; i >= 0; i--) {
            dp = dp * x + p;
            p = p * x + c[i];
        }
        out[0] = dp;
        return p;
    }

    public static void main(String[] args) {
        coefficients = new double[] {-1.5, 0.3, 2.25, -0.7, 0.01, 1.0 / 3};
        fcoefficients = new float[coefficients.length];
        for (int i = 0; i < coefficients.length; i++) {
            fcoefficients[i] = (float) coefficients[i];
        }
        for (int i = -4; i <= 4; i++) {
            double x = i * 0.75;
            Out.print(horner(coefficients, x));
            Out.print(' ');
            Out.print(naive(coefficients, x));
            Out.print(' ');
            Out.print(hornerf(fcoefficients, (float) x));
            Out.println();
        }
        double[] out = new double[1];
        double x = 1;
        for (int step = 0; step < 8; step++) {
            double p = hornerWithDerivative(coefficients, x, out);
            x -= p / out[0];
            Out.print(x);
            Out.print(' ');
        }
        Out.println();
        Out.println(horner(coefficients, x));
        double t0 = 1;
        double xx = 0.3;
        double t1 = xx;
        for (int n = 2; n <= 30; n++) {
            double t2 = 2 * xx * t1 - t0;
            t0 = t1;
            t1 = t2;
        }
        Out.println(t1);
    }
}
