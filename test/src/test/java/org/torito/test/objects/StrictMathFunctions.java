package org.torito.test.objects;

/**
 * StrictMath's fdlibm functions computed by Torito's Java versions on bare metal: the bits of each result
 * must be HotSpot's (StrictMath, not Math: HotSpot's Math intrinsics may differ in the last place).
 */
public final class StrictMathFunctions {
    private StrictMathFunctions() {
    }

    private static String bits(double d) {
        return Long.toHexString(Double.doubleToRawLongBits(d));
    }

    public static void main(String[] args) {
        double[] xs = {0.0, -0.0, 1e-300, 4.9e-324, 1e-10, 0.1, 0.5, 0.6931471805599453, 1.0, 2.0, Math.E, 3.5, 10.0,
            22.5, 100.0, 709.78, 710.0, 1e10, Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NaN};
        for (double v : xs) {
            for (double x : new double[] {v, -v}) {
                System.out.println(x + ": exp " + bits(StrictMath.exp(x)) + " expm1 " + bits(StrictMath.expm1(x))
                        + " log1p " + bits(StrictMath.log1p(x)) + " log10 " + bits(StrictMath.log10(x)) + " sinh "
                        + bits(StrictMath.sinh(x)) + " cosh " + bits(StrictMath.cosh(x)) + " tanh "
                        + bits(StrictMath.tanh(x)) + " log " + bits(StrictMath.log(x)) + " sqrt "
                        + bits(StrictMath.sqrt(x)) + " rem " + bits(StrictMath.IEEEremainder(x, 0.75)));
                System.out.println("    sin " + bits(StrictMath.sin(x)) + " cos " + bits(StrictMath.cos(x)) + " tan "
                        + bits(StrictMath.tan(x)) + " asin " + bits(StrictMath.asin(x / 1000)) + " acos "
                        + bits(StrictMath.acos(x / 1000)) + " atan " + bits(StrictMath.atan(x)) + " atan2 "
                        + bits(StrictMath.atan2(x, -1.5)));
            }
        }
        double sum = 0;
        for (int i = 1; i <= 2000; i++) {
            double x = i * 0.37 - 300;
            sum += StrictMath.exp(x / 40) + StrictMath.tanh(x) + StrictMath.log1p(Math.abs(x)) + StrictMath.cosh(x / 100)
                    + StrictMath.sin(x * 1e5) + StrictMath.cos(x) + StrictMath.atan2(x, i);
        }
        System.out.println("sum " + bits(sum) + " " + sum);
    }
}
