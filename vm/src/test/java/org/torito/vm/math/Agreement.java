package org.torito.vm.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Shared by the property classes of this package: the comparison with the host, and arguments to try. */
final class Agreement {
    private Agreement() {
    }

    /** Same bits as the host's StrictMath function; any NaN where it gives a NaN. */
    static void assertSame(String name, DoubleUnaryOperator ours, DoubleUnaryOperator strictMath, double x) {
        double expected = strictMath.applyAsDouble(x);
        double actual = ours.applyAsDouble(x);
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual), () -> name + "(" + x + ") = " + actual + ", StrictMath says NaN");
        } else {
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
                    () -> name + "(" + x + ") [" + Long.toHexString(Double.doubleToRawLongBits(x)) + "] = "
                            + actual + ", StrictMath says " + expected);
        }
    }

    static void assertSame(String name, DoubleBinaryOperator ours, DoubleBinaryOperator strictMath, double x,
            double y) {
        double expected = strictMath.applyAsDouble(x, y);
        double actual = ours.applyAsDouble(x, y);
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual),
                    () -> name + "(" + x + ", " + y + ") = " + actual + ", StrictMath says NaN");
        } else {
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
                    () -> name + "(" + x + ", " + y + ") = " + actual + ", StrictMath says " + expected);
        }
    }

    /**
     * Doubles near the given points (where an algorithm switches methods): a point's bits plus an offset
     * whose magnitude is spread evenly over 0 to 2^43 units in the last place on a logarithmic scale, so
     * that both the neighbours of the point and its wider surroundings are tried.
     */
    static Arbitrary<Double> near(double... points) {
        return Combinators.combine(Arbitraries.of(box(points)), Arbitraries.longs(),
                Arbitraries.integers().between(20, 63))
                .as((point, random, shift) -> Double.longBitsToDouble(
                        Double.doubleToRawLongBits(point) + (random >> shift)));
    }

    /** The double whose high 32 bits are {@code high} (the thresholds fdlibm tests), low bits zero. */
    static double highWord(int high) {
        return Double.longBitsToDouble((long) high << 32);
    }

    /** The given points and their negations. */
    static double[] signed(double... points) {
        double[] both = new double[2 * points.length];
        for (int i = 0; i < points.length; i++) {
            both[2 * i] = points[i];
            both[2 * i + 1] = -points[i];
        }
        return both;
    }

    private static Double[] box(double[] points) {
        Double[] boxed = new Double[points.length];
        for (int i = 0; i < points.length; i++) {
            boxed[i] = points[i];
        }
        return boxed;
    }

    /** Special values every function meets. */
    static final double[] SPECIALS = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL,
        -Double.MIN_NORMAL, Double.MIN_NORMAL - Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE,
        Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, -Double.NaN,
        Double.longBitsToDouble(0x7ff0_0000_0000_0001L), Double.longBitsToDouble(0xfff0_0000_0000_0001L),
        1.0, -1.0, 0.5, -0.5, 2.0, -2.0, Math.E, Math.PI, 0x1p-1074 * 3, 1.0 + 0x1p-52, 1.0 - 0x1p-53};
}
