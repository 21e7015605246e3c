package org.torito.test.corpus.text;

import java.math.BigInteger;

/** modPow, modInverse, gcd and a toy RSA: keys from fixed primes, encryption, decryption, CRT and a signature. */
public final class BigIntegerModular {
    private BigIntegerModular() {
    }

    public static void main(String[] args) {
        BigInteger p = new BigInteger("170141183460469231731687303715884105727");
        BigInteger q = new BigInteger("618970019642690137449562111");
        BigInteger n = p.multiply(q);
        BigInteger phi = p.subtract(BigInteger.ONE).multiply(q.subtract(BigInteger.ONE));
        BigInteger e = BigInteger.valueOf(65537);
        System.out.println("n=" + n + " gcd(e,phi)=" + e.gcd(phi));
        BigInteger d = e.modInverse(phi);
        System.out.println("d=" + d + " check=" + e.multiply(d).mod(phi));
        String[] messages = {"0", "1", "42", "123456789012345678901234567890", n.subtract(BigInteger.ONE).toString()};
        for (String m : messages) {
            BigInteger plain = new BigInteger(m);
            BigInteger cipher = plain.modPow(e, n);
            BigInteger back = cipher.modPow(d, n);
            BigInteger dp = d.mod(p.subtract(BigInteger.ONE));
            BigInteger dq = d.mod(q.subtract(BigInteger.ONE));
            BigInteger m1 = cipher.modPow(dp, p);
            BigInteger m2 = cipher.modPow(dq, q);
            BigInteger h = q.modInverse(p).multiply(m1.subtract(m2)).mod(p);
            BigInteger crt = m2.add(h.multiply(q));
            System.out.println(cipher + " -> " + back.equals(plain) + " crt " + crt.equals(plain));
        }
        System.out.println("3^200 mod 1000007 = " + BigInteger.valueOf(3).modPow(BigInteger.valueOf(200), BigInteger.valueOf(1000007)));
        System.out.println("2^-1 mod 7 via modPow = " + BigInteger.TWO.modPow(BigInteger.valueOf(-1), BigInteger.valueOf(7)));
        System.out.println("(-5)^3 mod 13 = " + BigInteger.valueOf(-5).modPow(BigInteger.valueOf(3), BigInteger.valueOf(13)));
        System.out.println("x^0 mod 1 = " + BigInteger.TEN.modPow(BigInteger.ZERO, BigInteger.ONE));
        System.out.println("even modulus: " + new BigInteger("123456789123456789").modPow(BigInteger.valueOf(1001), BigInteger.TWO.pow(64)));
        long[][] pairs = {{12, 18}, {0, 5}, {0, 0}, {-48, 36}, {17, 31}, {1L << 40, 1L << 30}, {Long.MIN_VALUE, 6}};
        for (long[] pr : pairs) {
            BigInteger x = BigInteger.valueOf(pr[0]);
            BigInteger y = BigInteger.valueOf(pr[1]);
            System.out.println("gcd(" + x + ", " + y + ") = " + x.gcd(y));
        }
        for (int k = 1; k < 11; k++) {
            BigInteger mod = BigInteger.valueOf(11);
            System.out.print(k + "^-1=" + BigInteger.valueOf(k).modInverse(mod) + (k < 10 ? " " : "\n"));
        }
        try {
            BigInteger.valueOf(6).modInverse(BigInteger.valueOf(9));
        } catch (ArithmeticException ex) {
            System.out.println("modInverse: " + ex.getMessage());
        }
        try {
            BigInteger.TWO.modPow(BigInteger.ONE, BigInteger.ZERO);
        } catch (ArithmeticException ex) {
            System.out.println("modPow: " + ex.getMessage());
        }
        try {
            BigInteger.TWO.mod(BigInteger.valueOf(-3));
        } catch (ArithmeticException ex) {
            System.out.println("mod: " + ex.getMessage());
        }
        BigInteger m = BigInteger.valueOf(1_000_000_007);
        BigInteger fact = BigInteger.ONE;
        for (int i = 2; i <= 1000; i++) {
            fact = fact.multiply(BigInteger.valueOf(i)).mod(m);
        }
        System.out.println("1000! mod 1e9+7 = " + fact + ", inverse " + fact.modInverse(m));
    }
}
