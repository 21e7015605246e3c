package org.torito.test.corpus.text;

import java.math.BigInteger;

/** BigInteger to and from text in radixes 2 to 36, sign handling, leading zeros and parse errors with messages. */
public final class BigIntegerRadix {
    private BigIntegerRadix() {
    }

    private static void parse(String s, int radix) {
        try {
            BigInteger v = new BigInteger(s, radix);
            System.out.println("parse [" + s + "] radix " + radix + " -> " + v + " (" + v.toString(radix) + ")");
        } catch (NumberFormatException e) {
            System.out.println("parse [" + s + "] radix " + radix + " -> NumberFormatException: " + e.getMessage());
        }
    }

    public static void main(String[] args) {
        BigInteger v = new BigInteger("-98765432109876543210987654321");
        int[] radixes = {2, 3, 7, 8, 10, 16, 32, 36, 1, 37};
        for (int r : radixes) {
            System.out.println(r + ": " + v.toString(r) + " | " + v.negate().toString(r));
        }
        BigInteger huge = BigInteger.valueOf(7).pow(400);
        String decimal = huge.toString();
        System.out.println(decimal.length() + " " + decimal.substring(0, 30) + "..." + decimal.substring(decimal.length() - 30));
        String hex = huge.toString(16);
        System.out.println(hex.length() + " " + new BigInteger(hex, 16).equals(huge) + " " + new BigInteger(decimal).equals(huge));
        parse("ff", 16);
        parse("-FF", 16);
        parse("+1010", 2);
        parse("000000000000000000042", 10);
        parse("zzzzzzzzzzzzzzzzzzzz", 36);
        parse("-0", 10);
        parse("12a", 10);
        parse("", 10);
        parse("-", 10);
        parse("+-5", 10);
        parse(" 5", 10);
        parse("1 000", 10);
        parse("77", 7);
        parse("10", 40);
        parse("٣٤", 10);
        try {
            new BigInteger((String) null);
        } catch (NullPointerException e) {
            System.out.println("null -> NullPointerException");
        }
        System.out.println(BigInteger.valueOf(Long.MIN_VALUE).toString(2));
        System.out.println(BigInteger.valueOf(255).toString(16).toUpperCase() + " " + BigInteger.valueOf(-255).toString(16));
        for (int r = 2; r <= 36; r += 5) {
            StringBuilder sb = new StringBuilder();
            BigInteger n = BigInteger.valueOf(1_000_000);
            BigInteger radix = BigInteger.valueOf(r);
            while (n.signum() > 0) {
                BigInteger[] qr = n.divideAndRemainder(radix);
                sb.append(Character.forDigit(qr[1].intValue(), r));
                n = qr[0];
            }
            String manual = sb.reverse().toString();
            System.out.println("1000000 in " + r + " = " + manual + " " + manual.equals(BigInteger.valueOf(1_000_000).toString(r)));
        }
    }
}
