package org.torito.test.corpus.floats;

import org.torito.test.support.Out;

/**
 * The same computations in float and in double diverge: 24 against 53 significand bits shows in the first
 * integer that is not representable, machine epsilon found by halving, catastrophic cancellation,
 * (a + b) - a, and a float expression that must be rounded to float at every step (no wider intermediate).
 */
public final class FloatVersusDouble {
    private static float fOne;
    private static double dOne;
    private static float fThird;
    private static double dThird;

    private FloatVersusDouble() {
    }

    public static void main(String[] args) {
        fOne = 1;
        dOne = 1;
        fThird = fOne / 3;
        dThird = dOne / 3;
        Out.println(fThird);
        Out.println(dThird);
        Out.println((double) fThird);
        Out.println((float) dThird);
        Out.println(fThird * 3);
        Out.println(dThird * 3);
        Out.println((double) fThird - dThird);

        float f = fOne;
        while (f + 1 - f == 1) {
            f *= 2;
        }
        Out.println(f);
        double d = dOne;
        while (d + 1 - d == 1) {
            d *= 2;
        }
        Out.println(d);

        float feps = fOne;
        int fsteps = 0;
        while (fOne + feps / 2 != fOne) {
            feps /= 2;
            fsteps++;
        }
        Out.println(feps);
        Out.println(fsteps);
        double deps = dOne;
        int dsteps = 0;
        while (dOne + deps / 2 != dOne) {
            deps /= 2;
            dsteps++;
        }
        Out.println(deps);
        Out.println(dsteps);

        float fa = 1e8f * fOne;
        float fb = 3.14159f * fOne;
        Out.println((fa + fb) - fa);
        double da = 1e8 * dOne;
        double db = 3.14159 * dOne;
        Out.println((da + db) - da);
        Out.println((fa * fa - (fa + 1) * (fa - 1)));
        Out.println((da * da - (da + 1) * (da - 1)));

        float x = 16777216f * fOne;
        float y = x + 1;
        float z = x + 2;
        Out.println(y);
        Out.println(z);
        Out.println(x + 1 + 1);
        Out.println(x + (1 + 1));
        float big = 3e38f * fOne;
        Out.println(big * 2 / 2);
        double bigd = big;
        Out.println(bigd * 2 / 2);
        float small = 1e-38f * fOne;
        Out.println(small / 1e10f * 1e10f);
        Out.println((float) ((double) small / 1e10 * 1e10));
    }
}
