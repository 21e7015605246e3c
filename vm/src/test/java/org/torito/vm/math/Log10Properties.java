package org.torito.vm.math;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** {@link Exponential#log10} against the host's {@code StrictMath.log10} (fdlibm), bit for bit. */
class Log10Properties {
    private static void assertSameAsStrictMath(double x) {
        Agreement.assertSame("log10", Exponential::log10, StrictMath::log10, x);
    }

    @Property(tries = 20_000)
    void anyBitPattern(@ForAll long bits) {
        assertSameAsStrictMath(Double.longBitsToDouble(bits));
    }

    @Property(tries = 10_000)
    void nearOne(@ForAll @DoubleRange(min = 0.25, max = 4.0) double x) {
        assertSameAsStrictMath(x); // the exponent n changes sign, y changes range
    }

    @Property(tries = 2_000)
    void powersOfTen(@ForAll @IntRange(min = -323, max = 308) int n) {
        assertSameAsStrictMath(Double.parseDouble("1e" + n));
    }

    @Provide
    Arbitrary<Double> switches() {
        return Agreement.near(1.0, 0.5, 2.0, 10.0, 0.1, 1e22, 1e-300, Double.MIN_NORMAL, 0x1p-1060, 0x1p1000);
    }

    @Property(tries = 10_000)
    void nearSwitches(@ForAll("switches") double x) {
        assertSameAsStrictMath(x);
    }

    @Test
    void edges() {
        for (double x : Agreement.SPECIALS) {
            assertSameAsStrictMath(x);
        }
        for (int n = -1074; n <= 1023; n++) {
            assertSameAsStrictMath(Math.scalb(1.0, n));
            assertSameAsStrictMath(Math.scalb(1.5, n));
        }
    }
}
