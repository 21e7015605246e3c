package org.torito.vm.runtime;

/**
 * The remainder of {@code drem} and {@code frem} (JVMS §6.5 drem, §15.17.3 JLS): the remainder of the
 * division truncated toward zero, as C's {@code fmod}, <em>not</em> IEEE 754's remainder (which rounds the
 * quotient to nearest). x86 has no SSE instruction for it, so compiled code calls {@link #dremBits}.
 *
 * <h2>Why integer arithmetic, and why it is exact</h2>
 * The result {@code r = x - n*y} ({@code n} the truncated quotient) is always representable: {@code |r| < |y|}
 * and {@code r} is a multiple of the smaller unit in the last place of {@code x} and {@code y}. It is found
 * exactly by long division on the significands: with {@code x = mx * 2^ex} and {@code y = my * 2^ey}, both
 * significands normalized to 53 bits and {@code ex >= ey}, shift {@code mx} left one bit at a time from
 * exponent {@code ex} down to {@code ey}, subtracting {@code my} whenever it fits (binary long division that
 * keeps only the remainder). Each step keeps {@code mx < 2 * my < 2^54}, so a long never overflows. At most
 * 2,097 steps are needed ({@code MAX_VALUE % MIN_VALUE}).
 *
 * <p>Operands and result are the raw bits of doubles, because that is how doubles travel in compiled code
 * (see the compiler's {@code Abi}): a call passing two doubles and returning one lays out its slots and
 * {@code rax} exactly like a call to this {@code (JJ)J} method, and no bit conversion (a native in the JDK)
 * is needed. {@code frem} widens both floats to double, calls this, and narrows the result: both conversions
 * are exact, because the remainder of two floats is itself a float.
 */
public final class FloatRemainder {
    private static final long SIGN = 0x8000_0000_0000_0000L;
    private static final int SIGNIFICAND_BITS = 52;
    /** The implicit leading 1 of a normal double's significand. */
    private static final long IMPLICIT_BIT = 1L << SIGNIFICAND_BITS;
    private static final long FRACTION_MASK = IMPLICIT_BIT - 1;
    /** Positive infinity's bits; every magnitude above it is a NaN. */
    private static final long INFINITY = 0x7FF0_0000_0000_0000L;
    /** {@code Double.NaN}'s bits, the NaN this returns (JVMS leaves the NaN's bits open). */
    private static final long NAN = 0x7FF8_0000_0000_0000L;

    private FloatRemainder() {
    }

    /**
     * The bits of {@code x % y} for doubles with bits {@code dividend} and {@code divisor}. NaN if either is
     * NaN, {@code x} is infinite or {@code y} is zero; {@code x} itself if {@code y} is infinite or
     * {@code |x| < |y|} (so a zero {@code x} keeps its sign); otherwise the exact remainder, with the sign of
     * {@code x} (a zero remainder too).
     */
    public static long dremBits(long dividend, long divisor) {
        long sign = dividend & SIGN;
        // Magnitudes: for non-negative doubles, the order of their bits is the order of their values.
        long absX = dividend & ~SIGN;
        long absY = divisor & ~SIGN;
        if (absY == 0 || absY > INFINITY || absX >= INFINITY) {
            return NAN;
        }
        if (absX < absY) {
            return dividend;
        }
        if (absX == absY) {
            return sign;
        }
        int ex = exponent(absX);
        long mx = significand(absX);
        int ey = exponent(absY);
        long my = significand(absY);
        // Subnormals have no implicit bit: normalize them so that one subtraction per step suffices.
        while (mx < IMPLICIT_BIT) {
            mx <<= 1;
            ex--;
        }
        while (my < IMPLICIT_BIT) {
            my <<= 1;
            ey--;
        }
        // |x| > |y| with both normalized gives ex >= ey. Invariant: mx < 2 * my.
        for (; ex > ey; ex--) {
            if (mx >= my) {
                mx -= my;
                if (mx == 0) {
                    return sign;
                }
            }
            mx <<= 1;
        }
        if (mx >= my) {
            mx -= my;
            if (mx == 0) {
                return sign;
            }
        }
        // The remainder is mx * 2^ey, 0 < mx < my: normalize, then encode (shifting out only zero bits when
        // it is subnormal, since it is a multiple of the smaller operand's unit in the last place).
        while (mx < IMPLICIT_BIT) {
            mx <<= 1;
            ey--;
        }
        if (ey >= 1) {
            return sign | (long) ey << SIGNIFICAND_BITS | (mx & FRACTION_MASK);
        }
        return sign | mx >>> (1 - ey);
    }

    /**
     * The biased exponent of a finite, nonzero magnitude, taking subnormals (biased exponent 0) at their
     * true scale, 1, so that {@code value = significand * 2^(exponent - 1075)} in both cases.
     */
    private static int exponent(long magnitude) {
        int biased = (int) (magnitude >>> SIGNIFICAND_BITS);
        return biased == 0 ? 1 : biased;
    }

    /** The significand of a finite magnitude, with the implicit bit made explicit for normal numbers. */
    private static long significand(long magnitude) {
        long fraction = magnitude & FRACTION_MASK;
        return magnitude >>> SIGNIFICAND_BITS == 0 ? fraction : fraction | IMPLICIT_BIT;
    }
}
