package org.torito.test.corpus.text;

import java.math.BigDecimal;
import java.math.BigInteger;

/** BigDecimal add, subtract, multiply, negate, pow, movePoint and scaleByPowerOfTen: scale, precision and unscaled value. */
public final class BigDecimalArithmetic {
    private BigDecimalArithmetic() {
    }

    private static void show(String label, BigDecimal d) {
        System.out.println(label + " = " + d + " (scale " + d.scale() + ", precision " + d.precision() + ", unscaled "
                + d.unscaledValue() + ")");
    }

    public static void main(String[] args) {
        BigDecimal a = new BigDecimal("12.345");
        BigDecimal b = new BigDecimal("-0.6");
        BigDecimal c = new BigDecimal("1E+3");
        show("a", a);
        show("b", b);
        show("c", c);
        show("a+b", a.add(b));
        show("a-b", a.subtract(b));
        show("a*b", a.multiply(b));
        show("a+c", a.add(c));
        show("c*c", c.multiply(c));
        show("-a", a.negate());
        show("a^3", a.pow(3));
        show("b^0", b.pow(0));
        show("a.movePointLeft(5)", a.movePointLeft(5));
        show("a.movePointRight(5)", a.movePointRight(5));
        show("a.scaleByPowerOfTen(-5)", a.scaleByPowerOfTen(-5));
        show("c.movePointRight(1)", c.movePointRight(1));
        show("c.scaleByPowerOfTen(1)", c.scaleByPowerOfTen(1));
        show("valueOf(123, -2)", BigDecimal.valueOf(123, -2));
        show("valueOf(5, 3)", BigDecimal.valueOf(5, 3));
        show("valueOf(0.1)", BigDecimal.valueOf(0.1));
        show("valueOf(1e20)", BigDecimal.valueOf(1e20));
        show("new(0.1)", new BigDecimal(0.1));
        show("new(0.5)", new BigDecimal(0.5));
        show("new(-2.25f)", new BigDecimal(-2.25f));
        show("new(BigInteger, 4)", new BigDecimal(new BigInteger("-31415926"), 4));
        show("new(char[])", new BigDecimal("xx-7.50e-2yy".toCharArray(), 2, 8));
        show("0.00", new BigDecimal("0.00"));
        show("-0.0", new BigDecimal("-0.0"));
        BigDecimal sum = BigDecimal.ZERO;
        double dsum = 0;
        BigDecimal tenth = new BigDecimal("0.1");
        for (int i = 0; i < 10; i++) {
            sum = sum.add(tenth);
            dsum += 0.1;
        }
        System.out.println("ten tenths: " + sum + " vs double " + dsum + "; ulp " + sum.ulp() + " signum " + b.signum());
        System.out.println("abs " + b.abs() + " plus " + b.plus() + " max " + a.max(b) + " min " + a.min(b));
        System.out.println("intValue " + a.intValue() + " longValue " + c.longValue() + " doubleValue " + a.doubleValue()
                + " toBigInteger " + new BigDecimal("-9.99").toBigInteger());
        try {
            new BigDecimal("1.5").intValueExact();
        } catch (ArithmeticException e) {
            System.out.println("intValueExact: " + e.getMessage());
        }
        try {
            new BigDecimal("1e10").intValueExact();
        } catch (ArithmeticException e) {
            System.out.println("intValueExact: " + e.getMessage());
        }
        String[] bad = {"", "1.2.3", "1e", "abc", "- 1", "1e99999999999"};
        for (String s : bad) {
            try {
                System.out.println(new BigDecimal(s));
            } catch (NumberFormatException e) {
                System.out.println("[" + s + "] -> NumberFormatException: " + e.getMessage());
            }
        }
        try {
            new BigDecimal(Double.NaN);
        } catch (NumberFormatException e) {
            System.out.println("NaN -> " + e.getMessage());
        }
    }
}
