package org.torito.test.corpus.lang;

import java.math.BigInteger;

/** Long.parseLong, parseUnsignedLong, decode and valueOf at the limits, checked against BigInteger. */
public final class LongParsing {
    private LongParsing() {
    }

    public static void main(String[] args) {
        String[] inputs = {"0", "9223372036854775807", "-9223372036854775808", "9223372036854775808",
            "-9223372036854775809", "18446744073709551615", "18446744073709551616", "+42", "-", "", "1L", "0x10",
            "00000000000000000000000000001", "-00", "12345678901234567890123"};
        for (String in : inputs) {
            String signed;
            try {
                signed = String.valueOf(Long.parseLong(in));
            } catch (NumberFormatException e) {
                signed = "NFE(" + e.getMessage() + ")";
            }
            String unsigned;
            try {
                long u = Long.parseUnsignedLong(in);
                unsigned = Long.toUnsignedString(u) + "/" + u;
            } catch (NumberFormatException e) {
                unsigned = "NFE(" + e.getMessage() + ")";
            }
            System.out.println("[" + in + "] " + signed + " | " + unsigned);
        }
        for (int radix : new int[] {2, 3, 8, 16, 36}) {
            String max = Long.toString(Long.MAX_VALUE, radix);
            String umax = Long.toUnsignedString(-1L, radix);
            BigInteger check = new BigInteger(umax, radix);
            System.out.println(radix + ": " + max + " " + umax + " " + (Long.parseLong(max, radix) == Long.MAX_VALUE)
                    + " " + (Long.parseUnsignedLong(umax, radix) == -1L) + " " + check.toString(16));
            try {
                Long.parseUnsignedLong(umax + "0", radix);
            } catch (NumberFormatException e) {
                System.out.println("   " + e.getMessage());
            }
        }
        String[] decodes = {"0x7fffffffffffffff", "-0x8000000000000000", "0x8000000000000000", "#CAFE", "0777", "-"};
        for (String d : decodes) {
            try {
                System.out.println("decode " + d + " = " + Long.decode(d));
            } catch (NumberFormatException e) {
                System.out.println("decode " + d + ": " + e.getMessage());
            }
        }
        try {
            Long.parseUnsignedLong("-1");
        } catch (NumberFormatException e) {
            System.out.println(e.getMessage());
        }
        long acc = 0;
        for (String part : "4000000000 5000000000 -1 77".split(" ")) {
            acc = acc * 31 + Long.valueOf(part);
        }
        System.out.println(acc + " " + Long.valueOf(127L).equals(Long.valueOf("127")) + " "
                + Long.sum(Long.MAX_VALUE, 1) + " " + Long.max(-5, -9) + " " + Long.signum(Long.MIN_VALUE));
        BigInteger big = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        System.out.println(big + " " + big.longValue() + " " + Long.toUnsignedString(big.longValue()));
    }
}
