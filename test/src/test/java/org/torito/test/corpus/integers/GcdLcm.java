package org.torito.test.corpus.integers;

import org.torito.test.support.Out;

/** Euclid (recursive and iterative), Stein's binary gcd, lcm and modular inverses by extended Euclid. */
public final class GcdLcm {
    /** The extended Euclid's Bezout coefficients, returned through statics (no objects yet). */
    private static long bezoutX;
    private static long bezoutY;
    private static long base;

    private GcdLcm() {
    }

    public static void main(String[] args) {
        base = 1;
        for (int k = 0; k < 10; k++) {
            long a = sample(k) * base;
            long b = sample(k + 7) * base;
            long g1 = gcdRecursive(a, b);
            long g2 = gcdIterative(a, b);
            long g3 = binaryGcd(a, b);
            Out.print(a);
            Out.print(" ");
            Out.print(b);
            Out.print(" gcd=");
            Out.print(g1);
            Out.print(" ");
            Out.print(g1 == g2 && g2 == g3);
            Out.print(" lcm=");
            Out.print(lcm(a, b));
            long g = extended(a, b);
            Out.print(" x=");
            Out.print(bezoutX);
            Out.print(" y=");
            Out.print(bezoutY);
            Out.print(" check=");
            Out.print(a * bezoutX + b * bezoutY == g);
            Out.println();
        }
        int m = 1000000007;
        for (int v = 2; v < 2000000; v = v * 7 + 3) {
            long inv = modInverse(v, m);
            Out.print(v);
            Out.print(" ");
            Out.print(inv);
            Out.print(" ");
            Out.print(v * inv % m);
            Out.println();
        }
        Out.println(gcdInt(-2147483648, 6));
        Out.println(gcdInt(0, 0));
        Out.println(gcdInt(-12, -18));
    }

    private static long sample(int k) {
        switch (k % 9) {
            case 0:
                return 1071;
            case 1:
                return 462;
            case 2:
                return 832040;
            case 3:
                return 514229;
            case 4:
                return 600851475143L;
            case 5:
                return 1234567890123L;
            case 6:
                return 2L * 3 * 5 * 7 * 11 * 13 * 17 * 19 * 23 * 29 * 31 * 37;
            case 7:
                return 4294967296L;
            default:
                return 6L * 1000000007L;
        }
    }

    private static long gcdRecursive(long a, long b) {
        return b == 0 ? a : gcdRecursive(b, a % b);
    }

    private static long gcdIterative(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    private static long binaryGcd(long a, long b) {
        if (a == 0) {
            return b;
        }
        if (b == 0) {
            return a;
        }
        int shift = 0;
        while (((a | b) & 1) == 0) {
            a >>= 1;
            b >>= 1;
            shift++;
        }
        while ((a & 1) == 0) {
            a >>= 1;
        }
        do {
            while ((b & 1) == 0) {
                b >>= 1;
            }
            if (a > b) {
                long t = b;
                b = a;
                a = t;
            }
            b = b - a;
        } while (b != 0);
        return a << shift;
    }

    private static long lcm(long a, long b) {
        return a / gcdIterative(a, b) * b;
    }

    private static long extended(long a, long b) {
        if (b == 0) {
            bezoutX = 1;
            bezoutY = 0;
            return a;
        }
        long g = extended(b, a % b);
        long x = bezoutY;
        long y = bezoutX - a / b * bezoutY;
        bezoutX = x;
        bezoutY = y;
        return g;
    }

    private static long modInverse(long a, long m) {
        extended(a, m);
        long x = bezoutX % m;
        return x < 0 ? x + m : x;
    }

    private static int gcdInt(int a, int b) {
        while (b != 0) {
            int t = a % b;
            a = b;
            b = t;
        }
        return a;
    }
}
