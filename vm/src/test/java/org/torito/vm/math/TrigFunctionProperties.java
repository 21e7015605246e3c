package org.torito.vm.math;

import static org.torito.vm.math.MathChecks.assertSameBits;
import static org.torito.vm.math.MathChecks.ulpsAway;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * The checks sin, cos and tan share, each against the host's StrictMath (fdlibm), bit for bit: the places where
 * the argument reduction changes method and where it cancels most (x near multiples of pi/2).
 */
abstract class TrigFunctionProperties {
    /** 0x1.6ac5b262ca1ffp+849, the double known to lie closest to a multiple of pi/2 (about 2^-61 away). */
    private static final double CLOSEST_TO_MULTIPLE_OF_PIO2 = 6381956970095103.0 * 0x1p797;

    abstract double expected(double x);

    abstract double actual(double x);

    abstract String name();

    private void check(double x) {
        assertSameBits(expected(x), actual(x), () -> name() + "(" + x + " = " + Double.toHexString(x) + ")");
    }

    @Property(tries = 20_000)
    void anyBitPattern(@ForAll(supplier = MathChecks.AnyBitPattern.class) double x) {
        check(x);
    }

    @Property(tries = 5_000)
    void kernelRange(@ForAll @DoubleRange(min = -1.0, max = 1.0) double x) {
        check(x); // no reduction below pi/4; the kernels switch at 0.3, 0.6744 and 0.78125
    }

    @Property(tries = 3_000)
    void nearPiOver4(@ForAll @IntRange(min = -1 << 22, max = 1 << 22) int ulps, @ForAll boolean negative) {
        double x = ulpsAway(Math.PI / 4, ulps); // where reduction starts
        check(negative ? -x : x);
    }

    @Property(tries = 3_000)
    void nearPiOver2(@ForAll @IntRange(min = -1 << 22, max = 1 << 22) int ulps, @ForAll boolean negative) {
        double x = ulpsAway(Math.PI / 2, ulps); // the n = 1 case's own extra step
        check(negative ? -x : x);
    }

    @Property(tries = 3_000)
    void nearThreePiOver4(@ForAll @IntRange(min = -1 << 22, max = 1 << 22) int ulps, @ForAll boolean negative) {
        double x = ulpsAway(3 * Math.PI / 4, ulps); // end of the n = +-1 case
        check(negative ? -x : x);
    }

    @Property(tries = 5_000)
    void nearMultiplesOfPiOver2(@ForAll @IntRange(min = 2, max = 1 << 21) int k,
            @ForAll @IntRange(min = -64, max = 64) int ulps, @ForAll boolean negative) {
        double x = ulpsAway(k * (Math.PI / 2), ulps); // cancellation: the medium case's second and third rounds
        check(negative ? -x : x);
    }

    @Property(tries = 3_000)
    void nearMultiplesOfPiOver2Beyond2To20(@ForAll @LongRange(min = 1L << 19, max = 1L << 52) long k,
            @ForAll @IntRange(min = -4, max = 4) int ulps) {
        check(ulpsAway(k * (Math.PI / 2), ulps)); // Payne-Hanek with a small fraction
    }

    @Property(tries = 3_000)
    void aroundMediumLimit(@ForAll @LongRange(min = -1L << 36, max = 1L << 36) long ulps) {
        check(ulpsAway(0x1p19 * (Math.PI / 2), ulps)); // 2^19 pi/2: switch to Payne-Hanek
    }

    @Property(tries = 5_000)
    void huge(@ForAll @IntRange(min = 20, max = 1023) int exponent,
            @ForAll(supplier = MathChecks.UniformLong.class) long significand) {
        long bits = ((long) (exponent + 1023) << 52) | (significand & 0x800f_ffff_ffff_ffffL);
        check(Double.longBitsToDouble(bits)); // Payne-Hanek at every exponent: jv and q0 take all values
    }

    @Property(tries = 6_200) // exhaustive: every exponent from 2^-51 (x ~ 4) to 2^971 (x ~ 2^1023)
    void closestToMultiplesOfPiOver2(@ForAll @IntRange(min = -51, max = 971) int exponent,
            @ForAll @IntRange(min = -1, max = 1) int ulps, @ForAll boolean negative) {
        double x = ulpsAway(Math.scalb((double) NearestToMultiplesOfPiOver2.significand(exponent), exponent), ulps);
        check(negative ? -x : x); // deepest cancellation: the medium case's third round, Payne-Hanek's recomputation
    }

    @Property(tries = 2_000)
    void tiny(@ForAll @IntRange(min = -1074, max = -20) int exponent, @ForAll double fraction) {
        check(Math.scalb(1.0 + Math.abs(fraction % 1.0), exponent)); // kernels' early returns near 2^-27, 2^-28
    }

    @Test
    void edges() {
        double[] cases = {0.0, -0.0, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MIN_NORMAL, Double.MAX_VALUE,
            -Double.MAX_VALUE, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NaN, 1.0, -1.0, 0.3, 0.5,
            0.6744, 0.78125, Math.PI, -Math.PI, Math.PI / 2, -Math.PI / 2, Math.PI / 4, 2 * Math.PI, 1e22, -1e22,
            1e300, 0x1p-27, 0x1p-28, 0x1p-26, 0x1p1023, 0x1p20, 0x1p19 * Math.PI / 2, 1.0e5, 1.0e10,
            CLOSEST_TO_MULTIPLE_OF_PIO2, -CLOSEST_TO_MULTIPLE_OF_PIO2};
        for (double x : cases) {
            check(x);
        }
        for (int k = 1; k <= 40; k++) { // the table of multiples of pi/2 the medium case consults
            for (int ulps = -3; ulps <= 3; ulps++) {
                check(ulpsAway(k * (Math.PI / 2), ulps));
                check(-ulpsAway(k * (Math.PI / 2), ulps));
            }
        }
    }
}
