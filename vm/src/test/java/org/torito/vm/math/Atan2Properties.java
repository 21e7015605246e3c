package org.torito.vm.math;

import static org.torito.vm.math.MathChecks.assertSameBits;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** {@link InverseTrig#atan2} against the host's {@code StrictMath.atan2} (fdlibm), bit for bit. */
class Atan2Properties {
    private static void check(double y, double x) {
        assertSameBits(StrictMath.atan2(y, x), InverseTrig.atan2(y, x),
                () -> "atan2(" + Double.toHexString(y) + ", " + Double.toHexString(x) + ")");
    }

    @Property(tries = 20_000)
    void anyBitPatterns(@ForAll(supplier = MathChecks.AnyBitPattern.class) double y,
            @ForAll(supplier = MathChecks.AnyBitPattern.class) double x) {
        check(y, x);
    }

    @Property(tries = 10_000)
    void allQuadrants(@ForAll @DoubleRange(min = -10.0, max = 10.0) double y,
            @ForAll @DoubleRange(min = -10.0, max = 10.0) double x) {
        check(y, x);
    }

    @Property(tries = 5_000)
    void ratiosAroundTwoTo60(@ForAll(supplier = MathChecks.AnyBitPattern.class) double x,
            @ForAll @IntRange(min = -66, max = 66) int k, @ForAll double fraction, @ForAll boolean negative) {
        double y = Math.scalb(Math.abs(x), k) * (1.0 + Math.abs(fraction % 1.0)); // |y/x| near 2^+-60 switches
        check(negative ? -y : y, x);
    }

    @Property(tries = 2_000)
    void xIsOne(@ForAll(supplier = MathChecks.AnyBitPattern.class) double y) {
        check(y, 1.0); // atan(y) directly
    }

    @Test
    void specialCombinations() {
        double[] values = {0.0, -0.0, 1.0, -1.0, 2.0, -0.5, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE,
            -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 0x1p-1000, 0x1p1000,
            Double.longBitsToDouble(0x7ff0_0000_0000_0001L), Double.longBitsToDouble(0xfff0_0000_0000_0001L)};
        for (double y : values) {
            for (double x : values) {
                check(y, x);
            }
        }
    }
}
