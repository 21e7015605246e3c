package org.torito.test.corpus.text;

import java.math.BigInteger;

/** BigInteger add, subtract, multiply, divide, remainder, mod, pow, min/max, signum and exact conversions. */
public final class BigIntegerArithmetic {
    private BigIntegerArithmetic() {
    }

    public static void main(String[] args) {
        BigInteger a = new BigInteger("123456789012345678901234567890");
        BigInteger b = new BigInteger("-987654321098765432109876543210987");
        BigInteger c = BigInteger.valueOf(Long.MAX_VALUE);
        System.out.println("a+b=" + a.add(b));
        System.out.println("a-b=" + a.subtract(b));
        System.out.println("a*b=" + a.multiply(b));
        System.out.println("b/a=" + b.divide(a) + " b%a=" + b.remainder(a) + " b mod a=" + b.mod(a));
        BigInteger[] qr = b.divideAndRemainder(BigInteger.valueOf(-97));
        System.out.println("b divrem -97 = " + qr[0] + " r " + qr[1]);
        System.out.println("c+1=" + c.add(BigInteger.ONE) + " c*c=" + c.multiply(c) + " -c-2=" + c.negate().subtract(BigInteger.TWO));
        System.out.println("signum " + a.signum() + " " + b.signum() + " " + BigInteger.ZERO.signum() + " abs " + b.abs());
        System.out.println("cmp " + a.compareTo(b) + " " + b.compareTo(a) + " " + a.compareTo(new BigInteger(a.toString()))
                + " eq " + a.equals(new BigInteger("123456789012345678901234567890")) + " hash " + a.hashCode());
        System.out.println("min " + a.min(b) + " max " + a.max(b));
        System.out.println("2^200=" + BigInteger.TWO.pow(200));
        System.out.println("(-3)^41=" + BigInteger.valueOf(-3).pow(41));
        BigInteger big = BigInteger.ONE.shiftLeft(1000).subtract(BigInteger.ONE);
        BigInteger product = big.multiply(big);
        System.out.println("(2^1000-1)^2 has " + product.toString().length() + " digits, bitLength " + product.bitLength()
                + ", /big==big " + product.divide(big).equals(big));
        System.out.println("long " + c.longValue() + " " + c.add(BigInteger.ONE).longValue() + " int " + a.intValue()
                + " double " + a.doubleValue() + " float " + b.floatValue());
        try {
            System.out.println(c.add(BigInteger.ONE).longValueExact());
        } catch (ArithmeticException e) {
            System.out.println("longValueExact: " + e.getMessage());
        }
        try {
            System.out.println(BigInteger.valueOf(40000).shortValueExact());
        } catch (ArithmeticException e) {
            System.out.println("shortValueExact: " + e.getMessage());
        }
        try {
            a.divide(BigInteger.ZERO);
        } catch (ArithmeticException e) {
            System.out.println("divide: " + e.getMessage());
        }
        try {
            a.mod(BigInteger.valueOf(-5));
        } catch (ArithmeticException e) {
            System.out.println("mod: " + e.getMessage());
        }
        try {
            a.pow(-1);
        } catch (ArithmeticException e) {
            System.out.println("pow: " + e.getMessage());
        }
        BigInteger sum = BigInteger.ZERO;
        for (int i = 1; i <= 100; i++) {
            sum = sum.add(BigInteger.valueOf(i).pow(10));
        }
        System.out.println("sum i^10, i=1..100 = " + sum);
    }
}
