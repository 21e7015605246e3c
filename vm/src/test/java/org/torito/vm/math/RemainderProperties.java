package org.torito.vm.math;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** {@link Remainder#IEEEremainder} against the host's {@code StrictMath.IEEEremainder} (fdlibm), bit for bit. */
class RemainderProperties {
    private static void assertSameAsStrictMath(double x, double p) {
        Agreement.assertSame("IEEEremainder", Remainder::IEEEremainder, StrictMath::IEEEremainder, x, p);
    }

    @Property(tries = 20_000)
    void anyBitPatterns(@ForAll long xBits, @ForAll long pBits) {
        assertSameAsStrictMath(Double.longBitsToDouble(xBits), Double.longBitsToDouble(pBits));
    }

    /** Operands whose exponents differ by at most 64, so that the quotient is not huge. */
    @Provide
    Arbitrary<double[]> closeMagnitudes() {
        return Combinators.combine(Arbitraries.longs(), Arbitraries.longs(), Arbitraries.integers().between(-8, 64))
                .as((xBits, pBits, shift) -> {
                    double x = Double.longBitsToDouble(xBits);
                    long exponent = (Double.doubleToRawLongBits(x) >>> 52 & 0x7ff) - shift;
                    long p = pBits & 0x800f_ffff_ffff_ffffL | Math.max(0, Math.min(0x7fe, exponent)) << 52;
                    return new double[] {x, Double.longBitsToDouble(p)};
                });
    }

    @Property(tries = 20_000)
    void closeMagnitudes(@ForAll("closeMagnitudes") double[] operands) {
        assertSameAsStrictMath(operands[0], operands[1]);
    }

    /** x = (n + 1/2) p, the ties (exact when n p has few bits), and their neighbours. */
    @Property(tries = 10_000)
    void ties(@ForAll @IntRange(min = -1000, max = 1000) int n, @ForAll long pBits,
            @ForAll @IntRange(min = -2, max = 2) int ulps) {
        double p = Double.longBitsToDouble(pBits & 0xffff_ff00_0000_0000L); // 12 significand bits
        double x = (n + 0.5) * p;
        x = Double.longBitsToDouble(Double.doubleToRawLongBits(x) + ulps);
        assertSameAsStrictMath(x, p);
        assertSameAsStrictMath(n * p, p);
    }

    /** |p| < 2^-1021, where p/2 is not taken, and |p| > MAX_VALUE/2, where 2p is not taken. */
    @Property(tries = 10_000)
    void extremeDivisors(@ForAll long xBits, @ForAll long pBits, @ForAll boolean tiny) {
        double p = Double.longBitsToDouble(tiny ? pBits & 0x801f_ffff_ffff_ffffL : pBits | 0x7fe0_0000_0000_0000L);
        double x = Double.longBitsToDouble(tiny ? xBits & 0x803f_ffff_ffff_ffffL : xBits);
        assertSameAsStrictMath(x, p);
    }

    @Test
    void edges() {
        for (double x : Agreement.SPECIALS) {
            for (double p : Agreement.SPECIALS) {
                assertSameAsStrictMath(x, p);
            }
        }
        double[][] cases = {{3.0, 2.0}, {5.0, 2.0}, {-3.0, 2.0}, {-5.0, 2.0}, {1.0, 2.0}, {-1.0, 2.0}, {2.0, 2.0},
            {-2.0, 2.0}, {4.0, -2.0}, {-4.0, -2.0}, {Double.MAX_VALUE, Double.MIN_VALUE},
            {Double.MAX_VALUE, 3.0}, {Double.MAX_VALUE, Double.MAX_VALUE / 1.5}, {3 * Double.MIN_VALUE,
                2 * Double.MIN_VALUE}, {5 * Double.MIN_VALUE, 2 * Double.MIN_VALUE}, {1.5, Double.POSITIVE_INFINITY},
            {-1.5, Double.NEGATIVE_INFINITY}, {1e300, 1e-300}, {Math.PI * 1e10, Math.PI / 2}};
        for (double[] c : cases) {
            assertSameAsStrictMath(c[0], c[1]);
        }
    }
}
