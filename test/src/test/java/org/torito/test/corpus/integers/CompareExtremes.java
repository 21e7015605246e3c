package org.torito.test.corpus.integers;

import org.torito.test.support.Out;

/** Every relational operator on MIN/MAX/0/-1 for int and long, signed and (by hand) unsigned. */
public final class CompareExtremes {
    private static int intA;
    private static int intB;
    private static long longA;
    private static long longB;

    private CompareExtremes() {
    }

    public static void main(String[] args) {
        for (int i = 0; i < 6; i++) {
            for (int j = 0; j < 6; j++) {
                intA = intValue(i);
                intB = intValue(j);
                longA = longValue(i);
                longB = longValue(j);
                Out.print(intA < intB);
                Out.print(intA <= intB);
                Out.print(intA > intB);
                Out.print(intA >= intB);
                Out.print(intA == intB);
                Out.print(intA != intB);
                Out.print(" ");
                Out.print(longA < longB);
                Out.print(longA <= longB);
                Out.print(longA > longB);
                Out.print(longA >= longB);
                Out.print(longA == longB);
                Out.print(longA != longB);
                Out.print(" ");
                Out.print(compare(longA, longB));
                Out.print(" ");
                Out.print(compareUnsigned(intA, intB));
                Out.print(" ");
                Out.print(compareUnsignedLong(longA, longB));
                Out.print(" ");
                Out.print((long) intA < longB);
                Out.println();
            }
        }
        Out.print(intValue(0) < 0);
        Out.print(intValue(1) > 0);
        Out.print(longValue(0) < 0L);
        Out.print(longValue(1) > 0L);
        Out.print(intValue(3) == -1);
        Out.print(longValue(2) == 0L);
        Out.println();
    }

    private static int intValue(int k) {
        switch (k) {
            case 0:
                return -2147483648;
            case 1:
                return 2147483647;
            case 2:
                return 0;
            case 3:
                return -1;
            case 4:
                return 1;
            default:
                return -2147483647;
        }
    }

    private static long longValue(int k) {
        switch (k) {
            case 0:
                return -9223372036854775808L;
            case 1:
                return 9223372036854775807L;
            case 2:
                return 0L;
            case 3:
                return -1L;
            case 4:
                return 4294967296L;
            default:
                return -4294967296L;
        }
    }

    private static int compare(long a, long b) {
        return a < b ? -1 : a == b ? 0 : 1;
    }

    private static int compareUnsigned(int a, int b) {
        int x = a + -2147483648;
        int y = b + -2147483648;
        return x < y ? -1 : x == y ? 0 : 1;
    }

    private static int compareUnsignedLong(long a, long b) {
        long x = a ^ -9223372036854775808L;
        long y = b ^ -9223372036854775808L;
        return x < y ? -1 : x > y ? 1 : 0;
    }
}
