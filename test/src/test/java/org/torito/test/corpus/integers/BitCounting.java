package org.torito.test.corpus.integers;

import org.torito.test.support.Out;

/** Bit counts, leading and trailing zeros, reversal and highest one bit, written as Integer and Long do. */
public final class BitCounting {
    private static long state;

    private BitCounting() {
    }

    public static void main(String[] args) {
        state = 0x9E3779B97F4A7C15L;
        for (int k = 0; k < 12; k++) {
            long v = k < 4 ? special(k) : next();
            int i = (int) v;
            Out.print(popLoop(i));
            Out.print(" ");
            Out.print(popKernighan(i));
            Out.print(" ");
            Out.print(popSwar(i));
            Out.print(" ");
            Out.print(popLong(v));
            Out.print(" ");
            Out.print(nlz(i));
            Out.print(" ");
            Out.print(ntz(i));
            Out.print(" ");
            Out.print(nlzLong(v));
            Out.print(" ");
            Out.print(ntzLong(v));
            Out.print(" ");
            Out.print(reverse(i));
            Out.print(" ");
            Out.print(highestOneBit(i));
            Out.print(" ");
            Out.print(lowestOneBit(v));
            Out.print(" ");
            Out.print(rotateLeft(i, k * 5));
            Out.print(" ");
            Out.print(rotateRightLong(v, k * 11));
            Out.print(" ");
            Out.print(parity(v));
            Out.println();
        }
    }

    private static long special(int k) {
        switch (k) {
            case 0:
                return 0;
            case 1:
                return -1;
            case 2:
                return -9223372036854775808L;
            default:
                return 0x0000000080000000L;
        }
    }

    private static long next() {
        state = state * 6364136223846793005L + 1442695040888963407L;
        return state ^ (state >>> 29);
    }

    private static int popLoop(int x) {
        int n = 0;
        for (int b = 0; b < 32; b++) {
            n += (x >>> b) & 1;
        }
        return n;
    }

    private static int popKernighan(int x) {
        int n = 0;
        while (x != 0) {
            x &= x - 1;
            n++;
        }
        return n;
    }

    private static int popSwar(int i) {
        i = i - ((i >>> 1) & 0x55555555);
        i = (i & 0x33333333) + ((i >>> 2) & 0x33333333);
        i = (i + (i >>> 4)) & 0x0f0f0f0f;
        i = i + (i >>> 8);
        i = i + (i >>> 16);
        return i & 0x3f;
    }

    private static int popLong(long i) {
        i = i - ((i >>> 1) & 0x5555555555555555L);
        i = (i & 0x3333333333333333L) + ((i >>> 2) & 0x3333333333333333L);
        i = (i + (i >>> 4)) & 0x0f0f0f0f0f0f0f0fL;
        i = i + (i >>> 8);
        i = i + (i >>> 16);
        i = i + (i >>> 32);
        return (int) i & 0x7f;
    }

    private static int nlz(int i) {
        if (i <= 0) {
            return i == 0 ? 32 : 0;
        }
        int n = 31;
        if (i >= 1 << 16) {
            n -= 16;
            i >>>= 16;
        }
        if (i >= 1 << 8) {
            n -= 8;
            i >>>= 8;
        }
        if (i >= 1 << 4) {
            n -= 4;
            i >>>= 4;
        }
        if (i >= 1 << 2) {
            n -= 2;
            i >>>= 2;
        }
        return n - (i >>> 1);
    }

    private static int ntz(int i) {
        if (i == 0) {
            return 32;
        }
        int n = 0;
        while ((i & 1) == 0) {
            i >>= 1;
            n++;
        }
        return n;
    }

    private static int nlzLong(long i) {
        int x = (int) (i >>> 32);
        return x == 0 ? 32 + nlz((int) i) : nlz(x);
    }

    private static int ntzLong(long i) {
        int x = (int) i;
        return x == 0 ? 32 + ntz((int) (i >>> 32)) : ntz(x);
    }

    private static int reverse(int i) {
        i = (i & 0x55555555) << 1 | (i >>> 1) & 0x55555555;
        i = (i & 0x33333333) << 2 | (i >>> 2) & 0x33333333;
        i = (i & 0x0f0f0f0f) << 4 | (i >>> 4) & 0x0f0f0f0f;
        i = (i << 24) | ((i & 0xff00) << 8) | ((i >>> 8) & 0xff00) | (i >>> 24);
        return i;
    }

    private static int highestOneBit(int i) {
        return i & (-2147483648 >>> nlz(i));
    }

    private static long lowestOneBit(long i) {
        return i & -i;
    }

    private static int rotateLeft(int i, int distance) {
        return (i << distance) | (i >>> -distance);
    }

    private static long rotateRightLong(long i, int distance) {
        return (i >>> distance) | (i << -distance);
    }

    private static int parity(long v) {
        v ^= v >>> 32;
        v ^= v >>> 16;
        v ^= v >>> 8;
        v ^= v >>> 4;
        v ^= v >>> 2;
        v ^= v >>> 1;
        return (int) (v & 1);
    }
}
