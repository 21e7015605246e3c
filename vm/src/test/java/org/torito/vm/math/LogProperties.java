package org.torito.vm.math;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** {@link Log#log} against the host's {@code StrictMath.log} (fdlibm), bit for bit. */
class LogProperties {
    private static void assertSameAsStrictMath(double x) {
        assertEquals(Double.doubleToRawLongBits(StrictMath.log(x)), Double.doubleToRawLongBits(Log.log(x)),
                () -> "log(" + x + ") = " + Log.log(x) + ", StrictMath says " + StrictMath.log(x));
    }

    @Property(tries = 20_000)
    void anyBitPattern(@ForAll long bits) {
        double x = Double.longBitsToDouble(bits);
        if (Double.isNaN(x)) {
            assertEquals(true, Double.isNaN(Log.log(x)));
        } else {
            assertSameAsStrictMath(x);
        }
    }

    @Property(tries = 20_000)
    void nearOne(@ForAll @DoubleRange(min = 0.5, max = 2.0) double x) {
        assertSameAsStrictMath(x);
    }

    @Property(tries = 5_000)
    void tinyDistanceFromOne(@ForAll @IntRange(min = -1 << 20, max = 1 << 20) int ulps) {
        assertSameAsStrictMath(1.0 + ulps * 0x1p-52); // |f| < 2^-20: the short series
    }

    @Test
    void edges() {
        double[] cases = {0.0, -0.0, Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE, 1.0, 2.0, Math.E,
            10.0, 36.0, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -1.0, 0x1p-1074 * 3, 1.0 + 0x1p-52,
            1.0 - 0x1p-53};
        for (double x : cases) {
            assertSameAsStrictMath(x);
        }
        assertEquals(true, Double.isNaN(Log.log(Double.NaN)));
    }
}
