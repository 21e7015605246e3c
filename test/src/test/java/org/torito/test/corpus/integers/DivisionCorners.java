package org.torito.test.corpus.integers;

import org.torito.test.support.Out;

/** Division truncates toward zero; the remainder takes the dividend's sign; MIN_VALUE / -1 wraps. */
public final class DivisionCorners {
    private static int intMin;
    private static long longMin;
    private static int minusOne;

    private DivisionCorners() {
    }

    public static void main(String[] args) {
        intMin = -2147483648;
        longMin = -9223372036854775808L;
        minusOne = -1;

        Out.println(intMin / minusOne);
        Out.println(intMin % minusOne);
        Out.println(longMin / minusOne);
        Out.println(longMin % minusOne);
        Out.println(intMin / 1);
        Out.println(intMin / (minusOne * 2));
        Out.println(intMin % 7);
        Out.println(longMin / 10);
        Out.println(longMin % 10);
        Out.println(longMin / (long) intMin);
        Out.println((long) intMin / longMin);
        for (int a = -7; a <= 7; a += 2) {
            for (int b = -3; b <= 3; b++) {
                if (b == 0) {
                    continue;
                }
                Out.print(a / b);
                Out.print(" ");
                Out.print(a % b);
                Out.print(" ");
                Out.print((long) a / (long) b);
                Out.print(" ");
                Out.print((long) a % (long) b);
                Out.print(" ");
            }
            Out.println();
        }
        Out.println(floorDiv(-7, 2));
        Out.println(floorMod(-7, 2));
        Out.println(floorDiv(7, -2));
        Out.println(floorMod(7, -2));
        Out.println(floorMod(intMin, 3));
        Out.println(2147483647 / divisor(-2147483647));
        Out.println(1000000007L * 1000000007L / divisorLong(1000000007L));
        Out.println(9223372036854775807L % divisorLong(1000000007L));
    }

    private static int divisor(int d) {
        return d;
    }

    private static long divisorLong(long d) {
        return d;
    }

    private static int floorDiv(int x, int y) {
        int q = x / y;
        if ((x ^ y) < 0 && q * y != x) {
            q--;
        }
        return q;
    }

    private static int floorMod(int x, int y) {
        return x - floorDiv(x, y) * y;
    }
}
