package org.torito.vm.math;

import static org.torito.vm.math.Agreement.highWord;
import static org.torito.vm.math.Agreement.signed;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** {@link Hyperbolic#sinh} against the host's {@code StrictMath.sinh} (fdlibm), bit for bit. */
class SinhProperties {
    /** Beyond it sinh overflows. */
    private static final double OVERFLOW = Double.longBitsToDouble(0x4086_33ce_8fb9_f87dL);

    private static void assertSameAsStrictMath(double x) {
        Agreement.assertSame("sinh", Hyperbolic::sinh, StrictMath::sinh, x);
    }

    @Property(tries = 20_000)
    void anyBitPattern(@ForAll long bits) {
        assertSameAsStrictMath(Double.longBitsToDouble(bits));
    }

    @Property(tries = 10_000)
    void finiteResults(@ForAll @DoubleRange(min = -711, max = 711) double x) {
        assertSameAsStrictMath(x);
    }

    @Property(tries = 5_000)
    void expm1Range(@ForAll @DoubleRange(min = -22, max = 22) double x) {
        assertSameAsStrictMath(x);
    }

    @Provide
    Arbitrary<Double> switches() {
        // 2^-28 (x), 1 and 22 (the expm1 formulas), ln(MAX_VALUE) (exp(x/2) squared), the overflow.
        return Agreement.near(signed(highWord(0x3e30_0000), 1.0, 22.0, highWord(0x4086_2e42), OVERFLOW));
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
        double[] cases = {OVERFLOW, Math.nextUp(OVERFLOW), -OVERFLOW, -Math.nextUp(OVERFLOW), 22.0, -22.0,
            Math.nextDown(22.0), 0x1p-28, -0x1p-28, 710.0, -710.0, 1e-300};
        for (double x : cases) {
            assertSameAsStrictMath(x);
        }
    }
}
