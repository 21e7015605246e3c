package org.torito.test.corpus.algorithms;

import org.torito.test.support.Out;

/** Deterministic Miller-Rabin for 64-bit numbers (products mod n by shift-and-add), checked by trial division. */
public final class MillerRabin {
    private static long start;

    private MillerRabin() {
    }

    public static void main(String[] args) {
        start = 1;
        int agree = 0;
        int primes = 0;
        for (long n = start; n < 5000; n++) {
            boolean mr = isPrime(n);
            if (mr == trialDivision(n)) {
                agree++;
            }
            if (mr) {
                primes++;
            }
        }
        Out.println(agree);
        Out.println(primes);
        for (int k = 0; k < 10; k++) {
            long n = candidate(k);
            Out.print(n);
            Out.print(" ");
            Out.print(isPrime(n));
            Out.println();
        }
        long p = 9223372036854775807L;
        while (!isPrime(p)) {
            p -= 2;
        }
        Out.println(p);
        long q = 1000000000000L + start;
        int found = 0;
        while (found < 5) {
            if (isPrime(q)) {
                Out.print(q);
                Out.print(" ");
                found++;
            }
            q += 2;
        }
        Out.println();
    }

    private static long candidate(int k) {
        switch (k) {
            case 0: return 2;
            case 1: return 561;
            case 2: return 1000000007L;
            case 3: return 1000000007L * 998244353L;
            case 4: return 3215031751L;
            case 5: return 2305843009213693951L;
            case 6: return 3825123056546413051L;
            case 7: return 341550071728321L;
            case 8: return 4611686018427387903L;
            default: return 9223372036854775783L;
        }
    }

    private static boolean trialDivision(long n) {
        if (n < 2) {
            return false;
        }
        for (long d = 2; d * d <= n; d++) {
            if (n % d == 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean isPrime(long n) {
        if (n < 2) {
            return false;
        }
        for (int i = 0; i < 12; i++) {
            long p = smallPrime(i);
            if (n % p == 0) {
                return n == p;
            }
        }
        long d = n - 1;
        int r = 0;
        while ((d & 1) == 0) {
            d >>= 1;
            r++;
        }
        for (int i = 0; i < 12; i++) {
            if (!passes(smallPrime(i), d, r, n)) {
                return false;
            }
        }
        return true;
    }

    private static long smallPrime(int i) {
        switch (i) {
            case 0: return 2;
            case 1: return 3;
            case 2: return 5;
            case 3: return 7;
            case 4: return 11;
            case 5: return 13;
            case 6: return 17;
            case 7: return 19;
            case 8: return 23;
            case 9: return 29;
            case 10: return 31;
            default: return 37;
        }
    }

    private static boolean passes(long a, long d, int r, long n) {
        long x = powMod(a, d, n);
        if (x == 1 || x == n - 1) {
            return true;
        }
        for (int i = 1; i < r; i++) {
            x = mulMod(x, x, n);
            if (x == n - 1) {
                return true;
            }
        }
        return false;
    }

    private static long powMod(long b, long e, long m) {
        long result = 1;
        b %= m;
        while (e > 0) {
            if ((e & 1) != 0) {
                result = mulMod(result, b, m);
            }
            b = mulMod(b, b, m);
            e >>= 1;
        }
        return result;
    }

    /** a * b mod m for 0 <= a, b < m < 2^63, by shift-and-add over the bits of b. */
    private static long mulMod(long a, long b, long m) {
        long result = 0;
        while (b != 0) {
            if ((b & 1) != 0) {
                result = addMod(result, a, m);
            }
            a = addMod(a, a, m);
            b >>>= 1;
        }
        return result;
    }

    /** (a + b) mod m without overflow, for 0 <= a, b < m. */
    private static long addMod(long a, long b, long m) {
        return a >= m - b ? a - (m - b) : a + b;
    }
}
