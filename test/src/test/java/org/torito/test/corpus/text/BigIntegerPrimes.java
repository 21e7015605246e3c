package org.torito.test.corpus.text;

import java.math.BigInteger;

/** Primality with BigInteger: isProbablePrime on primes, Carmichael numbers and Mersenne candidates, nextProbablePrime. */
public final class BigIntegerPrimes {
    private BigIntegerPrimes() {
    }

    public static void main(String[] args) {
        long[] small = {0, 1, 2, 3, 4, 97, 561, 1105, 7919, 1_000_003, 2_147_483_647L, 999_999_999_989L};
        for (long n : small) {
            System.out.println(n + " prime " + BigInteger.valueOf(n).isProbablePrime(50));
        }
        StringBuilder exponents = new StringBuilder();
        for (int p = 2; p <= 130; p++) {
            if (BigInteger.valueOf(p).isProbablePrime(20) && BigInteger.TWO.pow(p).subtract(BigInteger.ONE).isProbablePrime(20)) {
                exponents.append(p).append(' ');
            }
        }
        System.out.println("Mersenne exponents up to 130: " + exponents.toString().trim());
        BigInteger n = BigInteger.TEN.pow(30);
        for (int i = 0; i < 5; i++) {
            n = n.nextProbablePrime();
            System.out.println("next prime " + n);
        }
        System.out.println("next after 0: " + BigInteger.ZERO.nextProbablePrime() + ", after 2: " + BigInteger.TWO.nextProbablePrime());
        try {
            BigInteger.valueOf(-5).nextProbablePrime();
        } catch (ArithmeticException e) {
            System.out.println("negative: " + e.getMessage());
        }
        System.out.println("certainty 0 says " + BigInteger.valueOf(15).isProbablePrime(0) + ", negative prime "
                + BigInteger.valueOf(-7).isProbablePrime(10));
        BigInteger factorMe = new BigInteger("600851475143");
        StringBuilder factors = new StringBuilder();
        BigInteger f = BigInteger.TWO;
        while (f.multiply(f).compareTo(factorMe) <= 0) {
            while (factorMe.mod(f).signum() == 0) {
                factors.append(f).append(' ');
                factorMe = factorMe.divide(f);
            }
            f = f.add(BigInteger.ONE);
        }
        factors.append(factorMe);
        System.out.println("600851475143 = " + factors.toString().replace(' ', '*'));
    }
}
