package org.torito.test.corpus.integers;

import org.torito.test.support.Out;

/** int and long addition, subtraction, multiplication and negation wrap around in two's complement. */
public final class IntOverflow {
    private static int intMax;
    private static int intMin;
    private static long longMax;
    private static long longMin;
    private static int one;

    private IntOverflow() {
    }

    public static void main(String[] args) {
        intMax = 2147483647;
        intMin = -2147483648;
        longMax = 9223372036854775807L;
        longMin = -9223372036854775808L;
        one = 1;

        Out.println(intMax + one);
        Out.println(intMin - one);
        Out.println(intMax * 2);
        Out.println(intMax * intMax);
        Out.println(intMin * intMin);
        Out.println(intMin * -one);
        Out.println(-intMin);
        Out.println(intMax + intMax + 2);
        Out.println(longMax + one);
        Out.println(longMin - one);
        Out.println(longMax * 3);
        Out.println(longMax * longMax);
        Out.println(longMin * -1L * one);
        Out.println(-longMin);
        Out.println(abs(intMin));
        Out.println(abs(-intMax));
        Out.println(absLong(longMin));
        Out.println((long) intMax + one);
        Out.println((long) intMax * intMax);
        Out.println((long) intMin * intMin);
        Out.println(addExactFails(intMax, one));
        Out.println(addExactFails(intMax, -one));
        Out.println(mulWouldOverflow(46341, 46341));
        Out.println(mulWouldOverflow(46340, 46340));
        int acc = one;
        for (int i = 0; i < 40; i++) {
            acc = acc * 3 + i;
        }
        Out.println(acc);
        long lacc = one;
        for (int i = 0; i < 50; i++) {
            lacc = lacc * 7 - i;
        }
        Out.println(lacc);
    }

    private static int abs(int x) {
        return x < 0 ? -x : x;
    }

    private static long absLong(long x) {
        return x < 0 ? -x : x;
    }

    /** 1 when a + b overflows (Math.addExact's test, by hand). */
    private static int addExactFails(int a, int b) {
        int r = a + b;
        return ((a ^ r) & (b ^ r)) < 0 ? 1 : 0;
    }

    private static int mulWouldOverflow(int a, int b) {
        long r = (long) a * (long) b;
        return (int) r != r ? 1 : 0;
    }
}
