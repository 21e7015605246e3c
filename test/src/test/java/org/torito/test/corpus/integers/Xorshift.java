package org.torito.test.corpus.integers;

import org.torito.test.support.Out;

/** Pseudo-random generators made of shifts, xors and multiplies: xorshift32, xorshift64*, splitmix64, LCGs. */
public final class Xorshift {
    private static int x32;
    private static long x64;
    private static long splitState;
    private static int lcgState;

    private Xorshift() {
    }

    public static void main(String[] args) {
        x32 = (int) 2463534242L;
        x64 = 88172645463325252L;
        splitState = 1234567L;
        lcgState = 42;
        for (int i = 0; i < 8; i++) {
            Out.print(xorshift32());
            Out.print(" ");
            Out.print(xorshift64star());
            Out.print(" ");
            Out.print(splitmix64());
            Out.print(" ");
            Out.print(lcg());
            Out.println();
        }
        long sum = 0;
        int xor = 0;
        for (int i = 0; i < 100000; i++) {
            sum += xorshift32() & 0xFFFFFFFFL;
            xor ^= lcg();
        }
        Out.println(sum);
        Out.println(xor);
        long below = 0;
        for (int i = 0; i < 10000; i++) {
            if (boundedInt(1000) < 500) {
                below++;
            }
        }
        Out.println(below);
    }

    private static int xorshift32() {
        int x = x32;
        x ^= x << 13;
        x ^= x >>> 17;
        x ^= x << 5;
        x32 = x;
        return x;
    }

    private static long xorshift64star() {
        long x = x64;
        x ^= x >>> 12;
        x ^= x << 25;
        x ^= x >>> 27;
        x64 = x;
        return x * 0x2545F4914F6CDD1DL;
    }

    private static long splitmix64() {
        long z = splitState += 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private static int lcg() {
        lcgState = lcgState * 1103515245 + 12345;
        return (lcgState >>> 16) & 0x7FFF;
    }

    /** Lemire's multiply-shift reduction of a 32-bit random number to [0, bound). */
    private static int boundedInt(int bound) {
        long m = (xorshift32() & 0xFFFFFFFFL) * bound;
        return (int) (m >>> 32);
    }
}
