package org.torito.vm.math;

import static org.torito.vm.math.MathChecks.assertSameBits;
import static org.torito.vm.math.MathChecks.ulpsAway;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** {@link InverseTrig#atan} against the host's {@code StrictMath.atan} (fdlibm), bit for bit. */
class AtanProperties {
    /** Where the reduction switches: 2^-29, 7/16, 11/16, 19/16, 39/16, 2^66. */
    private static final double[] SWITCHES = {0x1p-29, 7.0 / 16, 11.0 / 16, 19.0 / 16, 39.0 / 16, 0x1p66};

    private static void check(double x) {
        assertSameBits(StrictMath.atan(x), InverseTrig.atan(x), () -> "atan(" + Double.toHexString(x) + ")");
    }

    @Property(tries = 20_000)
    void anyBitPattern(@ForAll(supplier = MathChecks.AnyBitPattern.class) double x) {
        check(x);
    }

    @Property(tries = 10_000)
    void moderate(@ForAll @DoubleRange(min = -4.0, max = 4.0) double x) {
        check(x);
    }

    @Property(tries = 6_000)
    void nearSwitches(@ForAll @IntRange(min = 0, max = 5) int which,
            @ForAll @IntRange(min = -1 << 24, max = 1 << 24) int ulps, @ForAll boolean negative) {
        double x = ulpsAway(SWITCHES[which], ulps);
        check(negative ? -x : x);
    }

    @Property(tries = 3_000)
    void anyMagnitude(@ForAll @IntRange(min = -1074, max = 1023) int exponent, @ForAll double fraction,
            @ForAll boolean negative) {
        double x = Math.scalb(1.0 + Math.abs(fraction % 1.0), exponent);
        check(negative ? -x : x);
    }

    @Test
    void edges() {
        double[] cases = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, 1.0, -1.0, 0.5, 1.5,
            -1.5, 0.4375, 0.6875, 1.1875, 2.4375, 0x1p66, Math.nextDown(0x1p66), -0x1p66, 0x1p-29, 1e300,
            Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN,
            Double.longBitsToDouble(0x7ff0_0000_0000_0001L), Double.longBitsToDouble(0xfff8_0000_0000_0000L)};
        for (double x : cases) {
            check(x);
        }
    }
}
