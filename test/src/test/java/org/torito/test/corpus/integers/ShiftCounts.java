package org.torito.test.corpus.integers;

import org.torito.test.support.Out;

/** Shift counts are masked to 5 (int) or 6 (long) bits, negative counts included; >>> fills with zeros. */
public final class ShiftCounts {
    private static int value;
    private static long longValue;

    private ShiftCounts() {
    }

    public static void main(String[] args) {
        value = -123456789;
        longValue = -1234567890123456789L;

        int count = -70;
        while (count <= 130) {
            Out.print(count);
            Out.print(": ");
            Out.print(value << count);
            Out.print(" ");
            Out.print(value >> count);
            Out.print(" ");
            Out.print(value >>> count);
            Out.print(" ");
            Out.print(longValue << count);
            Out.print(" ");
            Out.print(longValue >> count);
            Out.print(" ");
            Out.print(longValue >>> count);
            Out.println();
            count += 7;
        }
        Out.println(shl(1, 31));
        Out.println(shl(1, 32));
        Out.println(shl(1, 33));
        Out.println(shl(1, -1));
        Out.println(shlLong(1L, 63));
        Out.println(shlLong(1L, 64));
        Out.println(shlLong(1L, 65));
        Out.println(shlLong(1L, -1));
        Out.println(ushr(-1, 0));
        Out.println(ushr(-1, 1));
        Out.println(ushr(-1, 31));
        Out.println(ushr(-1, 32));
        Out.println(ushrLong(-1L, 1));
        Out.println(ushrLong(-1L, 63));
        Out.println(ushrLong(-1L, 64));
        Out.println(sar(-2147483648, 31));
        Out.println(sar(-2147483648, 32));
        Out.println(sarLong(-9223372036854775808L, 63));
        Out.println(sarLong(-9223372036854775808L, 127));
        Out.println((byte) -1 >>> 28);
        Out.println((short) -1 >>> 16);
        Out.println((char) -1 >>> 8);
        Out.print((value >>> 8) << 8 == (value & -256));
        Out.println();
    }

    private static int shl(int v, int n) {
        return v << n;
    }

    private static long shlLong(long v, int n) {
        return v << n;
    }

    private static int ushr(int v, int n) {
        return v >>> n;
    }

    private static long ushrLong(long v, int n) {
        return v >>> n;
    }

    private static int sar(int v, int n) {
        return v >> n;
    }

    private static long sarLong(long v, int n) {
        return v >> n;
    }
}
