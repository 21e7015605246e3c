package org.torito.vm.math;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The doubles closest to multiples of pi/2, the hardest cases of argument reduction: for an exponent e, the
 * 53-bit m whose m 2^e lies nearest to a multiple of pi/2 makes m (2^e 2/pi) nearest to an integer, so m is a
 * (multiple of a) continued-fraction convergent denominator of the fractional part of 2^e 2/pi.
 */
final class NearestToMultiplesOfPiOver2 {
    private static final MathContext PRECISION = new MathContext(450); // 2^971 2/pi has 293 integer digits
    private static final BigDecimal TWO_OVER_PI = BigDecimal.valueOf(2).divide(pi(), PRECISION);
    private static final BigInteger LIMIT = BigInteger.ONE.shiftLeft(53);
    private static final int MIN_EXPONENT = -1074;
    private static final long[] CACHE = new long[1024 - MIN_EXPONENT]; // by exponent - MIN_EXPONENT, 0 = not yet

    private NearestToMultiplesOfPiOver2() {
    }

    /** The 53-bit significand m for which m 2^exponent is closest to a multiple of pi/2. */
    static synchronized long significand(int exponent) {
        long m = CACHE[exponent - MIN_EXPONENT];
        if (m == 0) {
            m = compute(exponent);
            CACHE[exponent - MIN_EXPONENT] = m;
        }
        return m;
    }

    private static long compute(int exponent) {
        BigDecimal scaled = exponent >= 0 ? TWO_OVER_PI.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(exponent)))
                : TWO_OVER_PI.divide(new BigDecimal(BigInteger.ONE.shiftLeft(-exponent)), PRECISION);
        BigDecimal r = fraction(scaled);
        BigInteger previous = BigInteger.ONE; // convergent denominators q(-1) = 0 would do; start at q0 = 1
        BigInteger beforePrevious = BigInteger.ZERO;
        while (r.signum() != 0) {
            r = BigDecimal.ONE.divide(r, PRECISION);
            BigInteger a = r.setScale(0, RoundingMode.FLOOR).toBigInteger();
            r = r.subtract(new BigDecimal(a));
            BigInteger next = a.multiply(previous).add(beforePrevious);
            if (next.compareTo(LIMIT) >= 0) {
                break;
            }
            beforePrevious = previous;
            previous = next;
        }
        long q = previous.longValueExact();
        return q * ((LIMIT.longValue() - 1) / q); // the largest multiple below 2^53: at least 2^52
    }

    private static BigDecimal fraction(BigDecimal x) {
        return x.subtract(x.setScale(0, RoundingMode.FLOOR));
    }

    /** pi by Machin's formula, 16 atan(1/5) - 4 atan(1/239). */
    private static BigDecimal pi() {
        return arctanOfInverse(5).multiply(BigDecimal.valueOf(16)).subtract(arctanOfInverse(239)
                .multiply(BigDecimal.valueOf(4)), PRECISION);
    }

    private static BigDecimal arctanOfInverse(int n) {
        BigDecimal power = BigDecimal.ONE.divide(BigDecimal.valueOf(n), PRECISION); // 1/n^(2k+1)
        BigDecimal nSquared = BigDecimal.valueOf((long) n * n);
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal epsilon = BigDecimal.ONE.movePointLeft(PRECISION.getPrecision() + 5);
        for (int k = 0; power.compareTo(epsilon) > 0; k++) {
            BigDecimal term = power.divide(BigDecimal.valueOf(2L * k + 1), PRECISION);
            sum = (k & 1) == 0 ? sum.add(term, PRECISION) : sum.subtract(term, PRECISION);
            power = power.divide(nSquared, PRECISION);
        }
        return sum;
    }
}
