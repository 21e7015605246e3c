package org.torito.test.corpus.floats;

import org.torito.test.support.Out;

/**
 * The four operations on float and double operands that are not exactly representable, so every result is
 * rounded to nearest even; negation, and mixed int/long/float/double operands promoted by binary numeric
 * promotion.
 */
public final class SumsAndProducts {
    private static float fa;
    private static float fb;
    private static double da;
    private static double db;
    private static int i;
    private static long l;

    private SumsAndProducts() {
    }

    public static void main(String[] args) {
        fa = 0.1f;
        fb = 0.2f;
        da = 0.1;
        db = 0.2;
        i = 3;
        l = 1L << 53;
        Out.println(fa + fb);
        Out.println(fa - fb);
        Out.println(fa * fb);
        Out.println(fa / fb);
        Out.println(da + db);
        Out.println(da - db);
        Out.println(da * db);
        Out.println(da / db);
        Out.println(-fa);
        Out.println(-da);
        Out.println(fa + i);
        Out.println(da * i);
        Out.println(i / fb);
        Out.println(l + da);
        Out.println(l + 1.0);
        Out.println((float) l + fa);
        Out.println(l * fa);
        Out.println(fa + da);
        Out.println(fa * db);
        float f = 1;
        double d = 1;
        for (int k = 1; k <= 30; k++) {
            f = f * 3 / 7 + fa;
            d = d * 3 / 7 + da;
        }
        Out.println(f);
        Out.println(d);
        float fs = 0;
        double ds = 0;
        for (int k = 0; k < 1000; k++) {
            fs += fa;
            ds += da;
        }
        Out.println(fs);
        Out.println(ds);
        double product = 1;
        for (int k = 1; k <= 170; k++) {
            product *= k;
        }
        Out.println(product);
        Out.println(product * 171);
        float fp = 1;
        for (int k = 1; k <= 34; k++) {
            fp *= k;
        }
        Out.println(fp);
        Out.println(fp * 35);
    }
}
