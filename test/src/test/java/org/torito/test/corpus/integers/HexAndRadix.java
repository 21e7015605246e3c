package org.torito.test.corpus.integers;

import org.torito.test.support.Out;

/** Numbers printed in bases 2 to 36 by hand: signed (with '-') and as unsigned bit patterns (as toHexString). */
public final class HexAndRadix {
    private static int intValue;
    private static long longValue;

    private HexAndRadix() {
    }

    public static void main(String[] args) {
        intValue = -559038737;
        longValue = 0xCAFEBABEDEADBEEFL;
        printSigned(intValue, 16);
        printSigned(intValue, 2);
        printSigned(intValue, 36);
        printSigned(-2147483648, 10 + (intValue & 0));
        printSigned(-2147483648, 7 + (intValue & 0));
        printBits(intValue, 4);
        printBits(intValue, 1);
        printBits(intValue, 3);
        printBits(-1, 4);
        printBits(0, 4);
        printBitsLong(longValue, 4);
        printBitsLong(longValue, 3);
        printBitsLong(longValue, 5);
        printBitsLong(-9223372036854775808L, 1);
        printSignedLong(longValue, 36);
        printSignedLong(-9223372036854775808L, 16);
        printSignedLong(-9223372036854775808L, 10);
        printSignedLong(9223372036854775807L, 2);
        for (int radix = 2; radix <= 36; radix += 5) {
            printSignedLong(longValue / radix, radix);
        }
        Out.println(parse(1, 16));
        Out.println(parse(2, 36));
        Out.println(parse(3, 2));
    }

    private static char digit(int d) {
        return (char) (d < 10 ? '0' + d : 'a' + d - 10);
    }

    /** Prints -|v| digits, working on the negative value so MIN_VALUE needs no special case. */
    private static void negativeDigits(int v, int radix) {
        if (v <= -radix) {
            negativeDigits(v / radix, radix);
        }
        Out.print(digit(-(v % radix)));
    }

    private static void printSigned(int v, int radix) {
        if (v < 0) {
            Out.print('-');
            negativeDigits(v, radix);
        } else {
            negativeDigits(-v, radix);
        }
        Out.println();
    }

    private static void negativeDigitsLong(long v, int radix) {
        if (v <= -radix) {
            negativeDigitsLong(v / radix, radix);
        }
        Out.print(digit((int) -(v % radix)));
    }

    private static void printSignedLong(long v, int radix) {
        if (v < 0) {
            Out.print('-');
            negativeDigitsLong(v, radix);
        } else {
            negativeDigitsLong(-v, radix);
        }
        Out.println();
    }

    private static void printBits(int v, int shift) {
        int mask = (1 << shift) - 1;
        int chars = (32 + shift - 1) / shift;
        boolean started = false;
        for (int i = chars - 1; i >= 0; i--) {
            int d = (v >>> (i * shift)) & mask;
            if (d != 0 || started || i == 0) {
                started = true;
                Out.print(digit(d));
            }
        }
        Out.println();
    }

    private static void printBitsLong(long v, int shift) {
        long mask = (1L << shift) - 1;
        int chars = (64 + shift - 1) / shift;
        boolean started = false;
        for (int i = chars - 1; i >= 0; i--) {
            int d = (int) ((v >>> (i * shift)) & mask);
            if (d != 0 || started || i == 0) {
                started = true;
                Out.print(digit(d));
            }
        }
        Out.println();
    }

    /** Parses one of a few fixed digit strings, given as chars, in {@code radix}. */
    private static long parse(int which, int radix) {
        long result = 0;
        for (int i = 0; ; i++) {
            char c = sourceChar(which, i);
            if (c == 0) {
                return result;
            }
            int d = c <= '9' ? c - '0' : c - 'a' + 10;
            result = result * radix + d;
        }
    }

    private static char sourceChar(int which, int i) {
        switch (which) {
            case 1:
                switch (i) {
                    case 0: return 'd';
                    case 1: return 'e';
                    case 2: return 'a';
                    case 3: return 'd';
                    case 4: return 'b';
                    case 5: return 'e';
                    case 6: return 'e';
                    case 7: return 'f';
                    default: return 0;
                }
            case 2:
                switch (i) {
                    case 0: return 't';
                    case 1: return 'o';
                    case 2: return 'r';
                    case 3: return 'i';
                    case 4: return 't';
                    case 5: return 'o';
                    default: return 0;
                }
            default:
                return i < 40 ? (i % 3 == 0 ? '0' : '1') : 0;
        }
    }
}
