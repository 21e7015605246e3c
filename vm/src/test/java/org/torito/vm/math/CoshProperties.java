package org.torito.vm.math;

import static org.torito.vm.math.Agreement.highWord;
import static org.torito.vm.math.Agreement.signed;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** {@link Hyperbolic#cosh} against the host's {@code StrictMath.cosh} (fdlibm), bit for bit. */
class CoshProperties {
    /** Beyond it cosh overflows. */
    private static final double OVERFLOW = Double.longBitsToDouble(0x4086_33ce_8fb9_f87dL);

    private static void assertSameAsStrictMath(double x) {
        Agreement.assertSame("cosh", Hyperbolic::cosh, StrictMath::cosh, x);
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
    void nearZero(@ForAll @DoubleRange(min = -1, max = 1) double x) {
        assertSameAsStrictMath(x);
    }

    @Provide
    Arbitrary<Double> switches() {
        // 2^-55 (1), ln2/2 (expm1 to exp), 22 (e^-x dropped), ln(MAX_VALUE) (exp(x/2) squared), the overflow.
        return Agreement.near(signed(highWord(0x3c80_0000), highWord(0x3fd6_2e43), 22.0, highWord(0x4086_2e42),
                OVERFLOW));
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
            Math.nextDown(22.0), 0x1p-55, -0x1p-55, 710.0, -710.0, 1e-300, 0.34657359027997264};
        for (double x : cases) {
            assertSameAsStrictMath(x);
        }
    }
}
