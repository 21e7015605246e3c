package org.torito.test.corpus.algorithms;

import org.torito.test.support.Out;

/** Fibonacci numbers: exact in long up to F(92), modulo a prime by iteration and fast doubling, Pisano periods. */
public final class FibonacciMod {
    private static long modulus;
    /** Fast doubling returns F(n) and F(n+1); the second comes back through this static. */
    private static long nextFib;

    private FibonacciMod() {
    }

    public static void main(String[] args) {
        modulus = 1000000007L;
        long a = 0;
        long b = 1;
        for (int n = 0; n < 92; n++) {
            long t = a + b;
            a = b;
            b = t;
        }
        Out.println(a);
        Out.println(a + b);
        Out.println(iterative(1000));
        Out.println(doubling(1000));
        Out.println(iterative(100000));
        Out.println(doubling(100000));
        Out.println(doubling(1000000000000000000L));
        Out.println(doubling(9223372036854775807L));
        for (int m = 2; m <= 12; m++) {
            Out.print(pisano(m));
            Out.print(" ");
        }
        Out.println();
        Out.println(pisano(1000));
        Out.println(pisano(1009));
        Out.println(naive(25));
    }

    private static long iterative(int n) {
        long a = 0;
        long b = 1;
        for (int i = 0; i < n; i++) {
            long t = (a + b) % modulus;
            a = b;
            b = t;
        }
        return a;
    }

    private static long doubling(long n) {
        if (n == 0) {
            nextFib = 1;
            return 0;
        }
        long a = doubling(n >>> 1);
        long b = nextFib;
        long c = a * ((2 * b - a + modulus) % modulus) % modulus;
        long d = (a * a + b * b) % modulus;
        if ((n & 1) == 0) {
            nextFib = d;
            return c;
        }
        nextFib = (c + d) % modulus;
        return d;
    }

    private static int pisano(int m) {
        int a = 0;
        int b = 1;
        for (int i = 1; ; i++) {
            int t = (a + b) % m;
            a = b;
            b = t;
            if (a == 0 && b == 1) {
                return i;
            }
        }
    }

    private static int naive(int n) {
        return n < 2 ? n : naive(n - 1) + naive(n - 2);
    }
}
