package org.torito.test.corpus.floats;

import org.torito.test.support.Out;

/**
 * NaN compares unordered: ==, <, <=, >, >= are all false and != is true, whichever side NaN is on (fcmpl and
 * fcmpg, dcmpl and dcmpg with every ifXX), inside if, while, ternaries and negated conditions; NaN propagates
 * through arithmetic; x != x detects it.
 */
public final class NaNComparisons {
    private static float fnan;
    private static double dnan;
    private static float fone;
    private static double done;

    private NaNComparisons() {
    }

    static void flags(boolean... values) {
        for (boolean v : values) {
            Out.print(v ? '1' : '0');
        }
        Out.println();
    }

    static int branchy(double a, double b) {
        int r = 0;
        if (a < b) {
            r |= 1;
        }
        if (a <= b) {
            r |= 2;
        }
        if (a > b) {
            r |= 4;
        }
        if (a >= b) {
            r |= 8;
        }
        if (a == b) {
            r |= 16;
        }
        if (a != b) {
            r |= 32;
        }
        if (!(a < b)) {
            r |= 64;
        }
        if (!(a > b)) {
            r |= 128;
        }
        return r;
    }

    static int branchyFloat(float a, float b) {
        int r = 0;
        if (a < b) {
            r |= 1;
        }
        if (a <= b) {
            r |= 2;
        }
        if (a > b) {
            r |= 4;
        }
        if (a >= b) {
            r |= 8;
        }
        if (a == b) {
            r |= 16;
        }
        if (a != b) {
            r |= 32;
        }
        if (!(a < b)) {
            r |= 64;
        }
        if (!(a >= b)) {
            r |= 128;
        }
        return r;
    }

    static double max(double a, double b) {
        return a > b ? a : b;
    }

    static double min(double a, double b) {
        return a < b ? a : b;
    }

    public static void main(String[] args) {
        fone = 1;
        done = 1;
        fnan = 0f / (fone - 1);
        dnan = 0.0 / (done - 1);
        flags(fnan == fnan, fnan != fnan, fnan < fone, fnan > fone, fnan <= fone, fnan >= fone);
        flags(fone == fnan, fone != fnan, fone < fnan, fone > fnan, fone <= fnan, fone >= fnan);
        flags(dnan == dnan, dnan != dnan, dnan < done, dnan > done, dnan <= done, dnan >= done);
        flags(done == dnan, done != dnan, done < dnan, done > dnan, done <= dnan, done >= dnan);
        double[] values = {dnan, -1, 0, -0.0, 1, done / 0, -done / 0};
        for (double a : values) {
            for (double b : values) {
                Out.print(branchy(a, b));
                Out.print(' ');
            }
            Out.println();
        }
        float[] fvalues = {fnan, -1, 0, -0.0f, 1, fone / 0, -fone / 0};
        for (float a : fvalues) {
            for (float b : fvalues) {
                Out.print(branchyFloat(a, b));
                Out.print(' ');
            }
            Out.println();
        }
        Out.println(dnan + 1);
        Out.println(dnan * 0);
        Out.println(fnan - fnan);
        Out.println(max(dnan, 1));
        Out.println(max(1, dnan));
        Out.println(min(dnan, 1));
        Out.println(min(1, dnan));
        int loops = 0;
        double x = dnan;
        while (x < 10 && loops < 100) {
            loops++;
        }
        Out.println(loops);
        while (!(x >= 10) && loops < 100) {
            loops++;
        }
        Out.println(loops);
        int nans = 0;
        for (double v : values) {
            if (v != v) {
                nans++;
            }
        }
        Out.println(nans);
        Out.println(dnan == dnan ? 1 : dnan != dnan ? 2 : 3);
    }
}
