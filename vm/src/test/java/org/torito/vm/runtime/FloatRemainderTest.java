package org.torito.vm.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The JVMS drem cases one by one; {@link FloatRemainderProperties} compares with HotSpot at random. */
class FloatRemainderTest {
    /** {@link FloatRemainder#dremBits} on doubles. */
    private static double drem(double x, double y) {
        return Double.longBitsToDouble(FloatRemainder.dremBits(Double.doubleToRawLongBits(x),
                Double.doubleToRawLongBits(y)));
    }

    /** Same value and, for zeros, the same sign; every NaN equals every NaN. */
    private static void assertSame(double expected, double actual) {
        assertEquals(Double.doubleToLongBits(expected), Double.doubleToLongBits(actual),
                () -> "expected " + expected + " but was " + actual);
    }

    @Test
    void dremBits_zeroDivisor_isNaN() {
        assertSame(Double.NaN, drem(1.0, 0.0));
        assertSame(Double.NaN, drem(0.0, -0.0));
    }

    @Test
    void dremBits_infiniteDividend_isNaN() {
        assertSame(Double.NaN, drem(Double.NEGATIVE_INFINITY, 2.0));
        assertSame(Double.NaN, drem(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY));
    }

    @Test
    void dremBits_nanOperand_isNaN() {
        assertSame(Double.NaN, drem(Double.NaN, 2.0));
        assertSame(Double.NaN, drem(2.0, Double.longBitsToDouble(0xFFF0_0000_0000_0001L)));
    }

    @Test
    void dremBits_infiniteDivisor_isDividend() {
        assertSame(-5.5, drem(-5.5, Double.POSITIVE_INFINITY));
        assertSame(Double.MIN_VALUE, drem(Double.MIN_VALUE, Double.NEGATIVE_INFINITY));
    }

    @Test
    void dremBits_zeroDividend_keepsItsSign() {
        assertSame(-0.0, drem(-0.0, 3.0));
        assertSame(0.0, drem(0.0, -3.0));
    }

    @Test
    void dremBits_equalMagnitudes_isZeroWithDividendSign() {
        assertSame(-0.0, drem(-3.0, 3.0));
        assertSame(0.0, drem(3.0, -3.0));
    }

    @Test
    void dremBits_exactMultiple_isZeroWithDividendSign() {
        assertSame(-0.0, drem(-12.0, 3.0));
        assertSame(0.0, drem(Double.MAX_VALUE, Double.MIN_VALUE));
    }

    @Test
    void dremBits_quotientRoundsUp_truncatesInstead() {
        assertSame(2.0, drem(5.0, 3.0)); // IEEE 754 remainder would round 5/3 to 2 and give -1
    }

    @Test
    void dremBits_signs_followTheDividend() {
        assertSame(-1.0, drem(-7.0, 3.0));
        assertSame(1.0, drem(7.0, -3.0));
        assertSame(-1.0, drem(-7.0, -3.0));
    }

    @Test
    void dremBits_subnormals_areExact() {
        assertSame(Double.MIN_VALUE, drem(3 * Double.MIN_VALUE, 2 * Double.MIN_VALUE));
        assertSame(Double.MIN_VALUE, drem(Double.MIN_NORMAL + Double.MIN_VALUE, Double.MIN_NORMAL));
        assertSame(Double.MIN_NORMAL % 3e-310, drem(Double.MIN_NORMAL, 3e-310));
    }

    @Test
    void dremBits_hugeRatio_isExact() {
        assertSame(Double.MAX_VALUE % 3.0, drem(Double.MAX_VALUE, 3.0));
        assertSame(Double.MAX_VALUE % 3e-320, drem(Double.MAX_VALUE, 3e-320));
        assertSame(1e300 % 0.1, drem(1e300, 0.1));
    }

    @Test
    void dremBits_widenedFloats_narrowToFloatRemainder() {
        float x = 16777215f;
        float y = 1.1754944E-38f; // Float.MIN_NORMAL

        float narrowed = (float) drem(x, y);

        assertEquals(Float.floatToIntBits(x % y), Float.floatToIntBits(narrowed));
    }
}
