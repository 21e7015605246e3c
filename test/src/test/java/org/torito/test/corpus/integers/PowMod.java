package org.torito.test.corpus.integers;

import org.torito.test.support.Out;

/** Modular exponentiation by squaring, with 31-bit moduli and (via add-and-double) 62-bit ones. */
public final class PowMod {
    private static long modulus;

    private PowMod() {
    }

    public static void main(String[] args) {
        modulus = 1000000007L;
        Out.println(powMod(2, 10, modulus));
        Out.println(powMod(2, 1000000006L, modulus));
        Out.println(powMod(3, 123456789L, modulus));
        Out.println(powMod(123456789L, 987654321L, modulus));
        Out.println(powMod(10, 18, 998244353L));
        Out.println(powMod(7, 0, modulus));
        Out.println(powMod(0, 5, modulus));
        long big = 4611686018427387847L; // a 62-bit modulus
        Out.println(mulMod(4611686018427387846L, 4611686018427387846L, big));
        Out.println(powModBig(2, 4611686018427387846L, big));
        Out.println(powModBig(3, 100, big));
        Out.println(powModBig(1234567890123456789L % big, 1L << 40, big));
        for (int base = 2; base < 12; base++) {
            Out.print(order(base, 101));
            Out.print(" ");
        }
        Out.println();
        int pow = 1;
        for (int i = 0; i < 40; i++) {
            pow *= 3;
        }
        Out.println(pow);
        Out.println(intPow(3, 40));
        Out.println(longPow(3, 40));
        Out.println(longPow(-2, 63));
        Out.println(longPow(-2, 64));
    }

    private static long powMod(long b, long e, long m) {
        long result = 1 % m;
        b %= m;
        while (e > 0) {
            if ((e & 1) != 0) {
                result = result * b % m;
            }
            b = b * b % m;
            e >>= 1;
        }
        return result;
    }

    private static long mulMod(long a, long b, long m) {
        long result = 0;
        a %= m;
        while (b > 0) {
            if ((b & 1) != 0) {
                result += a;
                if (result >= m) {
                    result -= m;
                }
            }
            a <<= 1;
            if (a >= m) {
                a -= m;
            }
            b >>= 1;
        }
        return result;
    }

    private static long powModBig(long b, long e, long m) {
        long result = 1;
        while (e > 0) {
            if ((e & 1) != 0) {
                result = mulMod(result, b, m);
            }
            b = mulMod(b, b, m);
            e >>>= 1;
        }
        return result;
    }

    private static int order(int a, int p) {
        int x = a % p;
        int k = 1;
        while (x != 1) {
            x = x * a % p;
            k++;
        }
        return k;
    }

    private static int intPow(int b, int e) {
        return e == 0 ? 1 : b * intPow(b, e - 1);
    }

    private static long longPow(long b, int e) {
        long r = 1;
        while (e != 0) {
            if ((e & 1) != 0) {
                r *= b;
            }
            b *= b;
            e >>>= 1;
        }
        return r;
    }
}
