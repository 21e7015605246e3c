package org.torito.vm.math;

import static org.torito.vm.math.MathChecks.assertSameBits;
import static org.torito.vm.math.MathChecks.ulpsAway;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** {@link InverseTrig#asin} against the host's {@code StrictMath.asin} (fdlibm), bit for bit. */
class AsinProperties {
    private static void check(double x) {
        assertSameBits(StrictMath.asin(x), InverseTrig.asin(x), () -> "asin(" + Double.toHexString(x) + ")");
    }

    @Property(tries = 20_000)
    void anyBitPattern(@ForAll(supplier = MathChecks.AnyBitPattern.class) double x) {
        check(x);
    }

    @Property(tries = 10_000)
    void domain(@ForAll @DoubleRange(min = -1.0, max = 1.0) double x) {
        check(x);
    }

    @Property(tries = 3_000)
    void nearOneHalf(@ForAll @IntRange(min = -1 << 24, max = 1 << 24) int ulps, @ForAll boolean negative) {
        double x = ulpsAway(0.5, ulps); // the rational approximation gives way to the sqrt formula
        check(negative ? -x : x);
    }

    @Property(tries = 3_000)
    void near0975(@ForAll @IntRange(min = -1 << 30, max = 1 << 30) int ulps, @ForAll boolean negative) {
        double x = ulpsAway(Double.longBitsToDouble(0x3fef_3333_0000_0000L), ulps); // f + c split no longer needed
        check(negative ? -x : x);
    }

    @Property(tries = 3_000)
    void nearOne(@ForAll @IntRange(min = 0, max = 1 << 24) int ulps, @ForAll boolean negative) {
        double x = ulpsAway(1.0, -ulps);
        check(negative ? -x : x);
    }

    @Property(tries = 2_000)
    void small(@ForAll @IntRange(min = -1074, max = -2) int exponent, @ForAll double fraction,
            @ForAll boolean negative) {
        double x = Math.scalb(1.0 + Math.abs(fraction % 1.0), exponent); // below 2^-27: x itself
        check(negative ? -x : x);
    }

    @Test
    void edges() {
        double[] cases = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, 1.0, -1.0,
            Math.nextUp(1.0), Math.nextDown(-1.0), 0.5, -0.5, Math.nextDown(0.5), 0.975, -0.975, 0x1p-27, 0x1p-28,
            Math.nextDown(0x1p-27), 2.0, -2.0, Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.NaN, Math.sqrt(0.5), 0.1, -0.1};
        for (double x : cases) {
            check(x);
        }
    }
}
