package org.torito.vm.math;

import static org.torito.vm.math.MathChecks.assertSameBits;
import static org.torito.vm.math.MathChecks.ulpsAway;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/** {@link InverseTrig#sqrt}, the software square root asin and acos use, against the host's (SQRTSD). */
class SqrtProperties {
    private static void check(double x) {
        assertSameBits(Math.sqrt(x), InverseTrig.sqrt(x), () -> "sqrt(" + Double.toHexString(x) + ")");
    }

    @Property(tries = 20_000)
    void anyBitPattern(@ForAll(supplier = MathChecks.AnyBitPattern.class) double x) {
        check(x);
    }

    @Property(tries = 5_000)
    void oneToFour(@ForAll @DoubleRange(min = 0.25, max = 4.0) double x) {
        check(x); // both exponent parities
    }

    @Property(tries = 5_000)
    void subnormals(@ForAll @LongRange(min = 1, max = (1L << 52) - 1) long bits) {
        check(Double.longBitsToDouble(bits));
    }

    @Property(tries = 5_000)
    void squaresAndNeighbours(@ForAll(supplier = MathChecks.AnyBitPattern.class) double r,
            @ForAll @IntRange(min = -2, max = 2) int ulps) {
        double square = r * r; // exact roots and the results closest to a rounding boundary
        if (square > 0 && square < Double.POSITIVE_INFINITY) {
            check(ulpsAway(square, ulps));
        }
    }

    @Test
    void edges() {
        double[] cases = {0.0, -0.0, Double.MIN_VALUE, Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL),
            Double.MAX_VALUE, 1.0, 2.0, 4.0, 0.5, Math.nextUp(1.0), Math.nextDown(1.0), Math.nextDown(4.0), -1.0,
            -Double.MIN_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN};
        for (double x : cases) {
            check(x);
        }
    }
}
