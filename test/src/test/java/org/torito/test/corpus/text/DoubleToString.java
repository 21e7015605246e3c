package org.torito.test.corpus.text;

/** Double.toString of many values: decades, boundaries of the plain and scientific forms, sums, extremes. */
public final class DoubleToString {
    private DoubleToString() {
    }

    public static void main(String[] args) {
        double v = 1.0;
        for (int i = 0; i < 25; i++) {
            System.out.println(v + " " + (-v) + " " + (1 / v) + " " + (v * 3.7));
            v *= 10;
        }
        double[] boundaries = {1e-3, 9.99e-4, 0.001, 1e7, 9999999.0, 9999999.999, 1.0E7 - 0.5, 12345678.9};
        for (double d : boundaries) {
            System.out.println(Double.toString(d) + " | " + String.valueOf(d));
        }
        double[] specials = {0.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, Math.ulp(1.0), Math.PI, Math.E,
            2.0 / 3, 1.0 / 3, 0.1 + 0.2, 0.3, 100.0 / 7, 1e23, 8.41e21, 5e-324, 2.2250738585072014E-308};
        for (double d : specials) {
            System.out.println(d);
        }
        double sum = 0;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 12; i++) {
            sum += 0.1;
            sb.append(sum).append(' ');
        }
        System.out.println(sb.toString().trim());
        long[] bits = {0x3ff0000000000001L, 0x3fefffffffffffffL, 0x0000000000000001L, 0x000fffffffffffffL,
            0x7fefffffffffffffL, 0x4340000000000000L, 0x4330000000000001L, 0xbff8000000000000L};
        for (long b : bits) {
            double d = Double.longBitsToDouble(b);
            System.out.println(Long.toHexString(b) + " -> " + d + " -> " + Long.toHexString(Double.doubleToLongBits(
                    Double.parseDouble(Double.toString(d)))));
        }
        for (int i = 1; i <= 20; i++) {
            double x = i / 7.0 + i * 1e-9;
            System.out.print(x + (i % 4 == 0 ? "\n" : " "));
        }
        Double boxed = 2.5;
        Object o = -0.0;
        System.out.println(boxed + " " + o + " " + Double.valueOf("1e-10") + " " + (long) 1e19 + " " + (int) -2.9);
        System.out.println(Double.toHexString(1.0) + " " + Double.toHexString(-0.1) + " "
                + Double.toHexString(Double.MIN_VALUE) + " " + Double.toHexString(Double.NaN));
    }
}
