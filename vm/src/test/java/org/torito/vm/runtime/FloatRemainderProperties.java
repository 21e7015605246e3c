package org.torito.vm.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * {@link FloatRemainder#dremBits} gives exactly Java's {@code %} on HotSpot, NaN aside (compared as
 * {@code doubleToLongBits}, so every NaN is one): for any bits, for nearby magnitudes (where most quotient
 * bits are decided) and, widened and narrowed again, for floats.
 */
class FloatRemainderProperties {
    @Property(tries = 5000)
    void dremBits_anyDoubles_matchesJavaRemainder(@ForAll("doubles") double x, @ForAll("doubles") double y) {
        long actual = FloatRemainder.dremBits(Double.doubleToRawLongBits(x), Double.doubleToRawLongBits(y));

        assertEquals(Double.doubleToLongBits(x % y), Double.doubleToLongBits(Double.longBitsToDouble(actual)),
                () -> x + " % " + y);
    }

    @Property(tries = 5000)
    void dremBits_nearbyMagnitudes_matchesJavaRemainder(@ForAll long xBits, @ForAll long yBits,
            @ForAll @IntRange(min = -60, max = 60) int exponentShift) {
        int exponent = Math.max(0, Math.min(0x7FE, (int) (xBits >>> 52 & 0x7FF) + exponentShift));
        double x = Double.longBitsToDouble(xBits);
        double y = Double.longBitsToDouble(yBits & 0x800F_FFFF_FFFF_FFFFL | (long) exponent << 52);

        long actual = FloatRemainder.dremBits(xBits, Double.doubleToRawLongBits(y));

        assertEquals(Double.doubleToLongBits(x % y), Double.doubleToLongBits(Double.longBitsToDouble(actual)),
                () -> x + " % " + y);
    }

    @Property(tries = 5000)
    void dremBits_widenedFloats_narrowsToJavaFloatRemainder(@ForAll("floats") float x, @ForAll("floats") float y) {
        long actual = FloatRemainder.dremBits(Double.doubleToRawLongBits(x), Double.doubleToRawLongBits(y));

        assertEquals(Float.floatToIntBits(x % y), Float.floatToIntBits((float) Double.longBitsToDouble(actual)),
                () -> x + " % " + y);
    }

    @Provide
    Arbitrary<Double> doubles() {
        return Arbitraries.oneOf(
                Arbitraries.longs().map(Double::longBitsToDouble), // every exponent, subnormals and NaNs
                Arbitraries.doubles().withStandardSpecialValues().withSpecialValue(-0.0),
                Arbitraries.of(0.0, -0.0, 1.0, -1.0, 3.0, 0.1, Double.MIN_VALUE, -Double.MIN_VALUE,
                        Double.MIN_NORMAL, Double.MAX_VALUE, -Double.MAX_VALUE, Double.POSITIVE_INFINITY,
                        Double.NEGATIVE_INFINITY, Double.NaN),
                Arbitraries.integers().between(-20, 20).map(i -> (double) i));
    }

    @Provide
    Arbitrary<Float> floats() {
        return Arbitraries.oneOf(
                Arbitraries.integers().map(Float::intBitsToFloat),
                Arbitraries.floats().withStandardSpecialValues().withSpecialValue(-0.0f),
                Arbitraries.of(0.0f, -0.0f, Float.MIN_VALUE, Float.MIN_NORMAL, Float.MAX_VALUE, -Float.MAX_VALUE,
                        Float.POSITIVE_INFINITY, Float.NaN),
                Arbitraries.integers().between(-20, 20).map(i -> (float) i));
    }
}
