package org.torito.vm.math;

import static org.torito.vm.math.Agreement.highWord;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** {@link Exponential#log1p} against the host's {@code StrictMath.log1p} (fdlibm), bit for bit. */
class Log1pProperties {
    private static final double SQRT2 = 1.4142135623730951;

    private static void assertSameAsStrictMath(double x) {
        Agreement.assertSame("log1p", Exponential::log1p, StrictMath::log1p, x);
    }

    @Property(tries = 20_000)
    void anyBitPattern(@ForAll long bits) {
        assertSameAsStrictMath(Double.longBitsToDouble(bits));
    }

    @Property(tries = 10_000)
    void nearZero(@ForAll @DoubleRange(min = -1, max = 3) double x) {
        assertSameAsStrictMath(x);
    }

    @Provide
    Arbitrary<Double> switches() {
        // x = 0.41422 and -0.29289 (f = x), -1, 2^-29 and 2^-54 (the series), 2^53 (1 + x rounds to x), and
        // where 1 + x crosses sqrt(2) 2^k (the normalization) or 2^k (|f| < 2^-20).
        return Agreement.near(highWord(0x3fda_827a), highWord(0xbfd2_bec3), -1.0, highWord(0x3e20_0000),
                highWord(0xbe20_0000), highWord(0x3c90_0000), highWord(0xbc90_0000), highWord(0x4340_0000),
                SQRT2 / 2 - 1, SQRT2 - 1, 2 * SQRT2 - 1, 1024 * SQRT2 - 1, 0x1p40 * SQRT2 - 1, -0.5, 1.0, 3.0,
                1023.0, 0x1p40 - 1);
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
        double[] cases = {-1.0 + 0x1p-53, Math.nextDown(-1.0), 0x1p-29, -0x1p-29, 0x1p-54, -0x1p-54, 0x1p53,
            Math.nextDown(0x1p53), 0x1p60, 1.0, 3.0, 7.0, 1e300, -0.29, 0.41};
        for (double x : cases) {
            assertSameAsStrictMath(x);
        }
    }
}
