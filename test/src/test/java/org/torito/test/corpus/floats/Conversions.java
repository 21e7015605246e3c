package org.torito.test.corpus.floats;

import org.torito.test.support.Out;

/**
 * Conversions (JLS 5.1.2, 5.1.3): int and long to float and double round to nearest even; float and double to
 * int and long truncate toward zero, saturate at the extremes and turn NaN into 0; double to float rounds and
 * overflows to infinity or underflows to zero; to byte, short and char go through int.
 */
public final class Conversions {
    private static int intMax;
    private static int intMin;
    private static long longMax;
    private static long longMin;
    private static double dnan;
    private static float fnan;
    private static double dinf;

    private Conversions() {
    }

    public static void main(String[] args) {
        intMax = 2147483647;
        intMin = -2147483648;
        longMax = 9223372036854775807L;
        longMin = -9223372036854775808L;
        dnan = 0.0 / (intMax - intMax);
        fnan = (float) dnan;
        dinf = 1.0 / (intMax - intMax);
        Out.println((float) intMax);
        Out.println((double) intMax);
        Out.println((float) intMin);
        Out.println((float) longMax);
        Out.println((double) longMax);
        Out.println((double) longMin);
        Out.println((float) 16777217);
        Out.println((float) (intMax - 64));
        Out.println((float) (intMax - 63));
        Out.println((double) ((1L << 53) + 1));
        Out.println((double) ((1L << 53) + 3));
        Out.println((float) ((1L << 24) + 3));

        double[] ds = {0.5, 1.5, 2.5, -0.5, -1.5, -2.9, 2.9, 1e10, -1e10, 1e19, -1e19, 1e30, 2147483647.5,
            -2147483648.9, 9.223372036854775807e18, dnan, dinf, -dinf, 4.9e-324};
        for (double d : ds) {
            Out.print((int) d);
            Out.print(' ');
            Out.print((long) d);
            Out.print(' ');
            Out.print((short) d);
            Out.print(' ');
            Out.print((byte) d);
            Out.print(' ');
            Out.print((int) (char) d);
            Out.print(' ');
            Out.print((float) d);
            Out.println();
        }
        float[] fs = {0.99999994f, -0.99999994f, 3e9f, -3e9f, 1e20f, -1e20f, fnan, (float) dinf, 8388608.5f,
            16777216f, 2.5e-45f};
        for (float f : fs) {
            Out.print((int) f);
            Out.print(' ');
            Out.print((long) f);
            Out.print(' ');
            Out.print((char) f == 0 ? 0 : 1);
            Out.print(' ');
            Out.print((double) f);
            Out.println();
        }
        Out.println((float) 1e39);
        Out.println((float) -1e39);
        Out.println((float) 1e-46);
        Out.println((float) 3.4028235677973366e38);
        Out.println((float) 3.4028235677973367e38);
        Out.println((float) 1.0000000596046448);
        Out.println((float) 1.0000000596046449);
        Out.println((float) 1.0000001788139343);
        long roundTrips = 0;
        for (long v = longMax; v > 0; v /= 3) {
            if ((long) (double) v == v) {
                roundTrips++;
            }
            if ((long) (float) v == v) {
                roundTrips += 1000;
            }
        }
        Out.println(roundTrips);
        int mismatches = 0;
        for (int v = intMin; v < intMax - 1000000; v += 999983) {
            if ((int) (double) v != v) {
                mismatches++;
            }
            if ((int) (float) v != v) {
                mismatches += 1000;
            }
        }
        Out.println(mismatches);
    }
}
