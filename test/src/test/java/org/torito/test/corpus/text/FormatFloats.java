package org.torito.test.corpus.text;

import java.math.BigDecimal;

/** %e, %E, %f, %g, %G and %a over doubles, floats and BigDecimal: precision, width, flags, special values. */
public final class FormatFloats {
    private FormatFloats() {
    }

    public static void main(String[] args) {
        double[] values = {0.0, -0.0, 1.0, -1.5, 0.1, 2.5, 3.14159265358979, 1234567.891, 1e-5, 1e-4, 123456789e10,
            0.000123456, 99.995, 1e300, Double.MIN_VALUE, Double.MAX_VALUE};
        for (double v : values) {
            System.out.println(String.format("%f|%.2f|%.0f|%e|%.3e|%g|%.3g|%a", v, v, v, v, v, v, v, v));
            System.out.println(String.format("  %12.4f|%-12.2e|%+.1f|%012.3f|%,.2f|%(.2f|% .3E|%#.0f|%G",
                    v, v, v, v, v, v, v, v, v));
        }
        double[] specials = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double v : specials) {
            System.out.println(String.format("[%f] [%8.2e] [%-10g] [%+f] [%(f] [%a] [%010f]", v, v, v, v, v, v, v));
        }
        float[] floats = {0.1f, 1.0f / 3, -2.75f, 16777216f, Float.MIN_VALUE, Float.MAX_VALUE, 1.17549435E-38f};
        for (float f : floats) {
            System.out.printf("%f %e %g %a %.10f%n", f, f, f, f, f);
        }
        System.out.printf("%.1f %.1f %.1f %.1f %.1f%n", 0.05, 0.15, 0.25, 0.35, 0.45);
        System.out.printf("%.2f %.2f %.2f %.2f%n", 1.005, 1.015, 1.025, 2.675);
        System.out.printf("%.0f %.0f %.0f %.0f%n", 0.5, 1.5, 2.5, -0.5);
        System.out.printf("%g %g %g %g %g%n", 0.0001, 0.00001, 123456.0, 1234567.0, 100000.0);
        System.out.printf("%.15g %.17g %.1g%n", 0.1, 0.1, 0.1);
        System.out.printf("%a %a %a %.2a %A%n", 1.0, -2.0, 0.5, Math.PI, 255.0);
        BigDecimal[] decimals = {new BigDecimal("0"), new BigDecimal("123.456"), new BigDecimal("-0.000987"),
            new BigDecimal("1E+5"), new BigDecimal("98765432109876543210.0123456789")};
        for (BigDecimal d : decimals) {
            System.out.printf("%f|%.2f|%e|%.4g|%,.3f%n", d, d, d, d, d);
        }
        double total = 0;
        for (int i = 1; i <= 10; i++) {
            total += i * 0.1;
            System.out.printf("%2d %-8.3f %10.6e %s%n", i, total, total, Double.toString(total));
        }
    }
}
