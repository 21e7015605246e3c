package org.torito.vm.math;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ArbitrarySupplier;
import net.jqwik.api.RandomDistribution;

/** Shared by the property tests of this package: bit-exact comparison and generators of doubles. */
final class MathChecks {
    private MathChecks() {
    }

    /** expected and actual have the same bits, or are both NaN (any NaN: fdlibm's NaN payloads are not specified). */
    static void assertSameBits(double expected, double actual, Supplier<String> call) {
        if (Double.isNaN(expected)) {
            assertTrue(Double.isNaN(actual), () -> call.get() + " = " + actual + ", StrictMath says NaN");
        } else {
            assertEquals(Double.doubleToRawLongBits(expected), Double.doubleToRawLongBits(actual),
                    () -> call.get() + " = " + actual + " (" + Double.toHexString(actual) + "), StrictMath says "
                            + expected + " (" + Double.toHexString(expected) + ")");
        }
    }

    /** x moved by ulps units in the last place, through its bit pattern (so the range must not cross zero). */
    static double ulpsAway(double x, long ulps) {
        return Double.longBitsToDouble(Double.doubleToRawLongBits(x) + ulps);
    }

    /** Every bit pattern equally likely (jqwik's own longs favour small values, i.e. subnormals). */
    static final class AnyBitPattern implements ArbitrarySupplier<Double> {
        @Override
        public Arbitrary<Double> get() {
            return Arbitraries.longs().withDistribution(RandomDistribution.uniform()).map(Double::longBitsToDouble);
        }
    }

    /** Uniformly random 64-bit words. */
    static final class UniformLong implements ArbitrarySupplier<Long> {
        @Override
        public Arbitrary<Long> get() {
            return Arbitraries.longs().withDistribution(RandomDistribution.uniform());
        }
    }
}
