package org.torito.test.corpus.lang;

/** Math.round, rint, ceil, floor and the float/double to integer conversions around halves and the extremes. */
public final class MathRounding {
    private MathRounding() {
    }

    public static void main(String[] args) {
        double[] values = {0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.49999999999999994,
            1.4999999999999998, 2.0000000000000004, 1e15 + 0.5, 4503599627370495.5, 4503599627370497.0, 9.007199254740993E15,
            1e19, -1e19, 9.223372036854776E18, -9.223372036854776E18, 2147483647.5, -2147483648.5, 1e-300, -1e-300,
            Double.MAX_VALUE, Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 3.7, -3.7};
        for (double d : values) {
            System.out.println(d + ": round=" + Math.round(d) + " rint=" + Math.rint(d) + " ceil=" + Math.ceil(d)
                    + " floor=" + Math.floor(d) + " (int)=" + (int) d + " (long)=" + (long) d + " sround="
                    + StrictMath.round(d) + " srint=" + StrictMath.rint(d) + " sceil=" + StrictMath.ceil(d)
                    + " sfloor=" + StrictMath.floor(d));
        }
        float[] floats = {0.5f, -0.5f, 1.5f, 2.5f, -2.5f, 0.49999997f, 8388609.5f, 1e10f, -1e10f, 2.1474836E9f,
            Float.NaN, Float.NEGATIVE_INFINITY, 16777215.5f, -7.5f};
        for (float f : floats) {
            System.out.println(f + ": round=" + Math.round(f) + " (int)=" + (int) f + " (long)=" + (long) f
                    + " (short)=" + (short) f + " (char)=" + (int) (char) f + " (byte)=" + (byte) f);
        }
        double amount = 1234.5678;
        for (int places = 0; places <= 4; places++) {
            double scale = Math.pow(10, places);
            System.out.print(Math.round(amount * scale) / scale + " " + Math.floor(amount * scale) / scale + " "
                    + Math.ceil(-amount * scale) / scale + "; ");
        }
        System.out.println();
        int buckets = 0;
        for (double v = -2.0; v <= 2.0; v += 0.25) {
            buckets = buckets * 3 + (int) Math.floor(v) + (int) Math.ceil(v) + (int) Math.rint(v);
            System.out.print((long) Math.rint(v) + " ");
        }
        System.out.println(buckets);
    }
}
