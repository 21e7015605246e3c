package org.torito.test.corpus.text;

import java.math.BigInteger;

/** Factorials, Fibonacci numbers, binomial coefficients, Catalan numbers and digit statistics with BigInteger. */
public final class BigIntegerSequences {
    private BigIntegerSequences() {
    }

    private static BigInteger factorial(int n) {
        BigInteger f = BigInteger.ONE;
        for (int i = 2; i <= n; i++) {
            f = f.multiply(BigInteger.valueOf(i));
        }
        return f;
    }

    private static BigInteger binomial(int n, int k) {
        BigInteger r = BigInteger.ONE;
        for (int i = 0; i < k; i++) {
            r = r.multiply(BigInteger.valueOf(n - i)).divide(BigInteger.valueOf(i + 1));
        }
        return r;
    }

    public static void main(String[] args) {
        for (int n : new int[] {0, 1, 5, 10, 20, 21, 25, 30, 50}) {
            System.out.println(n + "! = " + factorial(n));
        }
        BigInteger f100 = factorial(100);
        String digits = f100.toString();
        int digitSum = 0;
        for (int i = 0; i < digits.length(); i++) {
            digitSum += digits.charAt(i) - '0';
        }
        int zeros = digits.length() - digits.replaceAll("0+$", "").length();
        System.out.println("100! has " + digits.length() + " digits, digit sum " + digitSum + ", " + zeros
                + " trailing zeros, lowest set bit " + f100.getLowestSetBit());
        BigInteger a = BigInteger.ZERO;
        BigInteger b = BigInteger.ONE;
        for (int i = 0; i <= 300; i++) {
            if (i % 50 == 0 || i == 93) {
                System.out.println("F(" + i + ") = " + a + (a.bitLength() < 64 ? " fits long" : ""));
            }
            BigInteger next = a.add(b);
            a = b;
            b = next;
        }
        int index = 1;
        BigInteger x = BigInteger.ONE;
        BigInteger y = BigInteger.ONE;
        while (x.toString().length() < 100) {
            BigInteger next = x.add(y);
            x = y;
            y = next;
            index++;
        }
        System.out.println("first Fibonacci with 100 digits: F(" + index + ")");
        for (int n = 0; n <= 10; n++) {
            StringBuilder row = new StringBuilder();
            for (int k = 0; k <= n; k++) {
                row.append(binomial(n, k)).append(' ');
            }
            System.out.println(row.toString().trim());
        }
        System.out.println("C(100,50) = " + binomial(100, 50));
        System.out.println("C(200,100) = " + factorial(200).divide(factorial(100).pow(2)));
        for (int n = 0; n <= 30; n += 5) {
            BigInteger catalan = binomial(2 * n, n).divide(BigInteger.valueOf(n + 1));
            System.out.println("Catalan(" + n + ") = " + catalan);
        }
        BigInteger mersenne = BigInteger.TWO.pow(127).subtract(BigInteger.ONE);
        System.out.println("2^127-1 = " + mersenne + " bits " + mersenne.bitLength());
        System.out.println("2^64 = " + BigInteger.ONE.shiftLeft(64) + ", 10^30 / 7 = " + BigInteger.TEN.pow(30).divide(BigInteger.valueOf(7)));
    }
}
