package org.torito.vm.math;

import static org.torito.vm.math.Agreement.highWord;
import static org.torito.vm.math.Agreement.signed;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** {@link Exponential#exp} against the host's {@code StrictMath.exp} (fdlibm), bit for bit. */
class ExpProperties {
    private static final double LN2 = 0.6931471805599453;

    private static void assertSameAsStrictMath(double x) {
        Agreement.assertSame("exp", Exponential::exp, StrictMath::exp, x);
    }

    @Property(tries = 20_000)
    void anyBitPattern(@ForAll long bits) {
        assertSameAsStrictMath(Double.longBitsToDouble(bits));
    }

    @Property(tries = 10_000)
    void finiteResults(@ForAll @DoubleRange(min = -746, max = 710) double x) {
        assertSameAsStrictMath(x);
    }

    @Property(tries = 5_000)
    void subnormalResults(@ForAll @DoubleRange(min = -746, max = -708) double x) {
        assertSameAsStrictMath(x); // k < -1021: scaled by 2^-1000 at the end
    }

    @Provide
    Arbitrary<Double> switches() {
        return Agreement.near(signed(highWord(0x4086_2e42), 7.09782712893383973096e+02,
                -7.45133219101941108420e+02, highWord(0x3fd6_2e42), highWord(0x3ff0_a2b2), highWord(0x3e30_0000),
                0.5 * LN2, 1.5 * LN2, 2.5 * LN2, 10.5 * LN2, 100.5 * LN2, -1021.5 * LN2, -1022 * LN2));
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
        double[] cases = {7.09782712893383973096e+02, Math.nextUp(7.09782712893383973096e+02),
            -7.45133219101941108420e+02, Math.nextDown(-7.45133219101941108420e+02), 0x1p-28, -0x1p-28, 1e-300,
            LN2, -LN2, 709.0, -708.0, -745.0, 20.0, -20.0};
        for (double x : cases) {
            assertSameAsStrictMath(x);
        }
    }
}
