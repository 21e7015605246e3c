package org.torito.test.corpus.floats;

import org.torito.test.support.Out;

/**
 * Expressions mixing float and double (strictfp semantics, the default since Java 17): a float operation is
 * rounded to float even inside a double expression, a double operand widens the whole operation, and casts
 * in the middle of an expression round at that point; parameters and returns convert as declared.
 */
public final class MixedPrecision {
    private static float f1;
    private static float f2;
    private static double d1;

    private MixedPrecision() {
    }

    static double widen(float f) {
        return f;
    }

    static float narrow(double d) {
        return (float) d;
    }

    static double takesDouble(double d) {
        return d * d;
    }

    static float takesFloat(float f) {
        return f * f;
    }

    public static void main(String[] args) {
        f1 = 16777215f;
        f2 = 0.6f;
        d1 = 0.6;
        Out.println(f1 + f2 + d1);
        Out.println(f1 + (f2 + d1));
        Out.println((double) f1 + f2 + d1);
        Out.println(f1 * f2 * d1);
        Out.println(f1 * (double) f2 * d1);
        Out.println((float) (f1 * d1));
        Out.println(f1 * (float) d1);
        Out.println(widen(f2) - d1);
        Out.println(narrow(d1) - f2);
        Out.println(takesDouble(f2));
        Out.println(takesFloat(f2));
        Out.println(takesDouble(takesFloat(f2)));
        Out.println(takesFloat((float) takesDouble(f2)));
        float third = 1f / 3;
        double dthird = 1.0 / 3;
        Out.println(third - dthird);
        Out.println((float) (third - dthird));
        Out.println(third * 3.0 - 1);
        Out.println(third * 3f - 1);
        float acc = 0;
        double accd = 0;
        for (int i = 1; i <= 100; i++) {
            acc += 1.0 / i;
            accd += 1f / i;
        }
        Out.println(acc);
        Out.println(accd);
        float prod = 1;
        for (int i = 0; i < 20; i++) {
            prod = (float) (prod * 1.1);
        }
        Out.println(prod);
        float prodf = 1;
        for (int i = 0; i < 20; i++) {
            prodf = prodf * 1.1f;
        }
        Out.println(prodf);
        Out.print(f2 == d1);
        Out.print(f2 == (float) d1);
        Out.print((double) f2 > d1);
        Out.println();
        long big = (1L << 40) + 1;
        Out.println(big * f2);
        Out.println(big * d1);
        Out.println(big * (double) f2);
    }
}
