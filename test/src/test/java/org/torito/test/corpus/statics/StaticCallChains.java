package org.torito.test.corpus.statics;

import org.torito.test.support.Out;

/** Static methods with many mixed-type parameters, evaluated left to right with side effects on statics. */
public final class StaticCallChains {
    private static int counter;
    private static long log;

    private StaticCallChains() {
    }

    public static void main(String[] args) {
        counter = 0;
        log = 0;
        Out.println(mix((byte) -5, (short) 300, 'Z', 123456789, 9876543210L, true, -1L, 7));
        Out.println(mix((byte) 127, (short) -32768, '\u00e9', -1, -9223372036854775808L, false, 42L, -7));
        Out.println(eight(next(), next(), next(), next(), next(), next(), next(), next()));
        Out.println(log);
        Out.println(longs(next(), 1L + next(), next(), (long) next() << 33, next()));
        Out.println(log);
        Out.println(nested(nested(1, 2L, 3), nested(4, 5L, 6), nested(7, 8L, 9)));
        Out.println(passThrough((byte) -1, (char) 65535, (short) -1));
        Out.print(returnsBoolean(3, 4L));
        Out.print(returnsBoolean(4, 3L));
        Out.print(returnsChar(5));
        Out.print(returnsByte(200));
        Out.print(returnsShort(70000));
        Out.println();
    }

    private static int next() {
        counter++;
        log = log * 10 + counter;
        return counter;
    }

    private static long mix(byte b, short s, char c, int i, long l, boolean z, long l2, int last) {
        long r = b;
        r = r * 31 + s;
        r = r * 31 + c;
        r = r * 31 + i;
        r = r * 31 + l;
        r = r * 31 + (z ? 1 : 0);
        r = r * 31 + l2;
        return r * 31 + last;
    }

    private static int eight(int a, int b, int c, int d, int e, int f, int g, int h) {
        return ((((((a * 10 + b) * 10 + c) * 10 + d) * 10 + e) * 10 + f) * 10 + g) * 10 + h;
    }

    private static long longs(long a, long b, long c, long d, long e) {
        return a - b * 3 + c * c - (d >> 30) + e;
    }

    private static long nested(long a, long b, long c) {
        return a * 100 + b * 10 + c;
    }

    private static int passThrough(byte b, char c, short s) {
        return b * 1000000 + c * 10 + s;
    }

    private static boolean returnsBoolean(int a, long b) {
        return a < b;
    }

    private static char returnsChar(int k) {
        return (char) ('a' + k);
    }

    private static byte returnsByte(int v) {
        return (byte) v;
    }

    private static short returnsShort(int v) {
        return (short) v;
    }
}
