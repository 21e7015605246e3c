package org.torito.test.corpus.integers;

import org.torito.test.support.Out;

/** 64x64->128-bit products from 32-bit halves (Math.multiplyHigh by hand), checked by recombination. */
public final class MulHigh {
    private static long state;
    private static long low;

    private MulHigh() {
    }

    public static void main(String[] args) {
        state = 7;
        for (int k = 0; k < 14; k++) {
            long x = k < 6 ? edge(k) : next();
            long y = k < 6 ? edge(5 - k) : next();
            long hi = multiplyHigh(x, y);
            long uhi = unsignedMultiplyHigh(x, y);
            Out.print(x);
            Out.print(" * ");
            Out.print(y);
            Out.print(" = ");
            Out.print(hi);
            Out.print(":");
            Out.print(x * y);
            Out.print(" unsigned high ");
            Out.print(uhi);
            Out.print(" ");
            Out.print(low == x * y);
            Out.println();
        }
        long a = 1;
        long carries = 0;
        for (int i = 0; i < 100; i++) {
            long sum = a + next();
            if ((sum ^ -9223372036854775808L) < (a ^ -9223372036854775808L)) {
                carries++;
            }
            a = sum;
        }
        Out.println(carries);
    }

    private static long edge(int k) {
        switch (k) {
            case 0:
                return -9223372036854775808L;
            case 1:
                return 9223372036854775807L;
            case 2:
                return -1L;
            case 3:
                return 4294967295L;
            case 4:
                return 4294967296L;
            default:
                return -4294967296L;
        }
    }

    private static long next() {
        state ^= state << 7;
        state ^= state >>> 9;
        return state;
    }

    private static long multiplyHigh(long x, long y) {
        long x1 = x >> 32;
        long x2 = x & 0xFFFFFFFFL;
        long y1 = y >> 32;
        long y2 = y & 0xFFFFFFFFL;
        long z2 = x2 * y2;
        long t = x1 * y2 + (z2 >>> 32);
        long z1 = t & 0xFFFFFFFFL;
        long z0 = t >> 32;
        z1 += x2 * y1;
        low = (z1 << 32) | (z2 & 0xFFFFFFFFL);
        return x1 * y1 + z0 + (z1 >> 32);
    }

    private static long unsignedMultiplyHigh(long x, long y) {
        long result = multiplyHigh(x, y);
        result += (y & (x >> 63));
        result += (x & (y >> 63));
        return result;
    }
}
