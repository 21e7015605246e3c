package org.torito.vm.math;

import static org.torito.vm.math.Agreement.highWord;
import static org.torito.vm.math.Agreement.signed;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** {@link Hyperbolic#tanh} against the host's {@code StrictMath.tanh} (fdlibm), bit for bit. */
class TanhProperties {
    private static void assertSameAsStrictMath(double x) {
        Agreement.assertSame("tanh", Hyperbolic::tanh, StrictMath::tanh, x);
    }

    @Property(tries = 20_000)
    void anyBitPattern(@ForAll long bits) {
        assertSameAsStrictMath(Double.longBitsToDouble(bits));
    }

    @Property(tries = 10_000)
    void belowOne(@ForAll @DoubleRange(min = -23, max = 23) double x) {
        assertSameAsStrictMath(x);
    }

    @Provide
    Arbitrary<Double> switches() {
        // 2^-55 (x (1 + x)), 1 (expm1(-2x) to expm1(2x)), 22 (1).
        return Agreement.near(signed(highWord(0x3c80_0000), 1.0, 22.0, 0.5, 1e-5));
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
        double[] cases = {22.0, -22.0, Math.nextDown(22.0), 0x1p-55, -0x1p-55, Math.nextDown(0x1p-55), 1e-300,
            Math.nextDown(1.0), -Math.nextDown(1.0), 19.0, 1e300};
        for (double x : cases) {
            assertSameAsStrictMath(x);
        }
    }
}
