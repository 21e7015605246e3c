package org.torito.test.corpus.floats;

import org.torito.test.support.Out;

/**
 * Gradual underflow: halving from 1 walks through the subnormals down to the smallest (Double.MIN_VALUE,
 * Float.MIN_VALUE) and then to zero, with no flush-to-zero; arithmetic on subnormals is exact where IEEE 754
 * says so, and scaling back up recovers the lost bits only approximately.
 */
public final class Subnormals {
    private static double dOne;
    private static float fOne;

    private Subnormals() {
    }

    public static void main(String[] args) {
        dOne = 1;
        fOne = 1;
        double d = dOne;
        int dHalvings = 0;
        double lastNonZero = d;
        while (d != 0) {
            lastNonZero = d;
            d /= 2;
            dHalvings++;
        }
        Out.println(dHalvings);
        Out.println(lastNonZero);
        Out.println(lastNonZero / 2);
        Out.println(lastNonZero * 1.5);
        Out.println(lastNonZero * 2.5);
        Out.println(lastNonZero * 3 / 2);
        float f = fOne;
        int fHalvings = 0;
        float fLast = f;
        while (f != 0) {
            fLast = f;
            f /= 2;
            fHalvings++;
        }
        Out.println(fHalvings);
        Out.println(fLast);
        Out.println(fLast * 3);

        double minNormal = 2.2250738585072014E-308 * dOne;
        double sub = minNormal / 3;
        Out.println(sub);
        Out.println(sub * 3);
        Out.println(sub * 3 - minNormal);
        Out.println(minNormal - minNormal / 2 - minNormal / 2);
        Out.println(sub + sub);
        Out.println(sub * 1e300);
        Out.println(sub / 1e-10);
        float fMinNormal = 1.17549435E-38f * fOne;
        float fsub = fMinNormal / 10;
        Out.println(fsub);
        Out.println(fsub * 10);
        Out.println((double) fsub);
        Out.println((float) (double) fsub);
        Out.println((float) sub);
        Out.println((double) fLast);

        double x = 1e-300;
        for (int i = 0; i < 5; i++) {
            x *= 1e-3;
            Out.print(x);
            Out.print(' ');
        }
        Out.println();
        for (int i = 0; i < 5; i++) {
            x *= 1e3;
            Out.print(x);
            Out.print(' ');
        }
        Out.println();
        Out.print(sub > 0);
        Out.print(sub < minNormal);
        Out.print(-sub < 0);
        Out.print(lastNonZero / 2 == 0);
        Out.println();
    }
}
