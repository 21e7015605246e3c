package org.torito.test.corpus.integers;

import org.torito.test.support.Out;

/** Unsigned int and long division, remainder and decimal printing, written the way Long does them. */
public final class UnsignedArithmetic {
    private static long seed;

    private UnsignedArithmetic() {
    }

    public static void main(String[] args) {
        seed = -1L;
        printUnsigned(seed);
        Out.println();
        printUnsigned(-9223372036854775808L * -seed);
        Out.println();
        printUnsigned(seed - 9);
        Out.println();
        printUnsigned(12345L * -seed);
        Out.println();
        Out.println(-1 & 0xFFFFFFFFL);
        Out.println(toUnsignedLong((int) seed * 2));
        for (int k = 0; k < 8; k++) {
            long n = pick(k);
            long d = pick(7 - k) | 1;
            printUnsigned(divideUnsigned(n, d));
            Out.print(" ");
            printUnsigned(remainderUnsigned(n, d));
            Out.print(" ");
            Out.print(divideUnsigned(n, d) * d + remainderUnsigned(n, d) == n);
            Out.print(" ");
            Out.print(divideUnsignedInt((int) n, (int) d | 1));
            Out.print(" ");
            Out.print(remainderUnsignedInt((int) n, (int) d | 1));
            Out.println();
        }
    }

    private static long pick(int k) {
        switch (k) {
            case 0:
                return -1L;
            case 1:
                return -9223372036854775808L;
            case 2:
                return 9223372036854775807L;
            case 3:
                return 10L;
            case 4:
                return -10L;
            case 5:
                return 4294967296L;
            case 6:
                return -4294967297L;
            default:
                return 3L;
        }
    }

    private static long toUnsignedLong(int x) {
        return x & 0xFFFFFFFFL;
    }

    private static long divideUnsigned(long dividend, long divisor) {
        if (divisor < 0) {
            return (dividend ^ -9223372036854775808L) >= (divisor ^ -9223372036854775808L) ? 1 : 0;
        }
        if (dividend >= 0) {
            return dividend / divisor;
        }
        long q = ((dividend >>> 1) / divisor) << 1;
        long r = dividend - q * divisor;
        return q + ((r ^ -9223372036854775808L) >= (divisor ^ -9223372036854775808L) ? 1 : 0);
    }

    private static long remainderUnsigned(long dividend, long divisor) {
        return dividend - divideUnsigned(dividend, divisor) * divisor;
    }

    private static int divideUnsignedInt(int dividend, int divisor) {
        return (int) (toUnsignedLong(dividend) / toUnsignedLong(divisor));
    }

    private static int remainderUnsignedInt(int dividend, int divisor) {
        return (int) (toUnsignedLong(dividend) % toUnsignedLong(divisor));
    }

    private static void printUnsigned(long v) {
        long q = divideUnsigned(v, 10);
        if (q != 0) {
            printUnsigned(q);
        }
        Out.print((char) ('0' + (int) (v - q * 10)));
    }
}
