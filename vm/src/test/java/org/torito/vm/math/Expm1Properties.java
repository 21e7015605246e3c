package org.torito.vm.math;

import static org.torito.vm.math.Agreement.highWord;
import static org.torito.vm.math.Agreement.signed;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** {@link Exponential#expm1} against the host's {@code StrictMath.expm1} (fdlibm), bit for bit. */
class Expm1Properties {
    private static final double LN2 = 0.6931471805599453;

    private static void assertSameAsStrictMath(double x) {
        Agreement.assertSame("expm1", Exponential::expm1, StrictMath::expm1, x);
    }

    @Property(tries = 20_000)
    void anyBitPattern(@ForAll long bits) {
        assertSameAsStrictMath(Double.longBitsToDouble(bits));
    }

    @Property(tries = 10_000)
    void reducedRange(@ForAll @DoubleRange(min = -45, max = 710) double x) {
        assertSameAsStrictMath(x);
    }

    @Property(tries = 5_000)
    void nearZero(@ForAll @DoubleRange(min = -1.5, max = 1.5) double x) {
        assertSameAsStrictMath(x); // k in -1, 0, 1
    }

    @Provide
    Arbitrary<Double> switches() {
        // 56 ln2 (-1 beyond), 709.78, ln2/2 and 1.5 ln2 (the reduction), 2^-54; the scalings change with k at
        // -1.5 ln2 (k = -2), 2.5 ln2 (k = 3), 19.5 ln2 (k = 20) and 56.5 ln2 (k = 57); k = 1 with r < -0.25.
        return Agreement.near(signed(highWord(0x4043_687a), highWord(0x4086_2e42), 7.09782712893383973096e+02,
                highWord(0x3fd6_2e42), highWord(0x3ff0_a2b2), highWord(0x3c90_0000), 1.5 * LN2, 2.5 * LN2,
                19.5 * LN2, 20.5 * LN2, 56.5 * LN2, LN2 - 0.25));
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
        double[] cases = {7.09782712893383973096e+02, Math.nextUp(7.09782712893383973096e+02), -38.0, -39.0,
            -40.0, 0x1p-54, -0x1p-54, 0x1p-55, 1e-300, -1e-300, LN2, -LN2, 0.5 * LN2, 13.5, 39.0, 700.0};
        for (double x : cases) {
            assertSameAsStrictMath(x);
        }
    }
}
