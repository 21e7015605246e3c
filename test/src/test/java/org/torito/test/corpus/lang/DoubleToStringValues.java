package org.torito.test.corpus.lang;

/** Double.toString of powers of ten, subnormals, boundaries of the decimal/scientific switch and classic sums. */
public final class DoubleToStringValues {
    private DoubleToStringValues() {
    }

    public static void main(String[] args) {
        double p = 1.0;
        for (int i = 0; i <= 25; i++) {
            System.out.print(p + " ");
            p *= 10;
        }
        System.out.println();
        for (int i = -25; i <= 25; i += 5) {
            System.out.print(Double.parseDouble("1e" + i) + " " + Double.parseDouble("-3.25e" + i) + " ");
        }
        System.out.println();
        double[] values = {0.0, -0.0, 0.1, 0.2, 0.1 + 0.2, 0.3, 1.0 / 3, 2.0 / 3, 100.0, 1e7, 9999999.0, 1e7 - 0.5,
            0.001, 0.00099, 1e-3 - 1e-19, 123456789.125, 1.0E21, 1.0E22, 1.0E23, 2e23, 5e-324, 1e-323, 2.2250738585072014E-308,
            2.225073858507201E-308, 4.9e-324 * 3, Double.MIN_NORMAL, Double.MAX_VALUE, Double.MIN_VALUE,
            Math.ulp(1.0), Math.PI, Math.E, 1.0 / 0, -1.0 / 0, 0.0 / 0, 4.35, 0.5, 0.25, 1.5e300 * 1.5e10,
            (float) 0.1, 9007199254740993.0, 9007199254740992.0, 1234.5678e-300, 2.0e-7, 12345678.9, 0.000123};
        for (double d : values) {
            System.out.println(d + " " + Double.toHexString(d) + " " + Long.toHexString(Double.doubleToRawLongBits(d)));
        }
        double sub = Double.MIN_VALUE;
        for (int i = 0; i < 8; i++) {
            System.out.print(sub + " ");
            sub *= 7;
        }
        System.out.println();
        double x = 1.0;
        for (int i = 0; i < 12; i++) {
            x /= 3;
            System.out.print(x + " ");
        }
        System.out.println();
        double sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += 0.1;
        }
        System.out.println(sum + " " + (sum == 1.0) + " " + String.valueOf(-sum) + " " + Double.valueOf(sum));
        long bits = 0x3FF0000000000001L;
        System.out.println(Double.longBitsToDouble(bits) + " " + Double.longBitsToDouble(0x7FF0000000000001L) + " "
                + Double.longBitsToDouble(0x000FFFFFFFFFFFFFL) + " " + Double.longBitsToDouble(0x8000000000000001L));
    }
}
