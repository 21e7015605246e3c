package org.torito.test.corpus.text;

import java.math.BigInteger;
import java.util.Arrays;

/** BigInteger bit operations in two's complement: shifts, and/or/xor/not, single bits, counts and byte arrays. */
public final class BigIntegerBits {
    private BigIntegerBits() {
    }

    public static void main(String[] args) {
        BigInteger[] values = {BigInteger.ZERO, BigInteger.ONE, BigInteger.valueOf(-1), BigInteger.valueOf(255),
            BigInteger.valueOf(-256), new BigInteger("18446744073709551616"), new BigInteger("-18446744073709551615"),
            BigInteger.valueOf(Long.MIN_VALUE)};
        for (BigInteger v : values) {
            System.out.println(v + ": bitLength " + v.bitLength() + " bitCount " + v.bitCount() + " lowest "
                    + v.getLowestSetBit() + " bytes " + Arrays.toString(v.toByteArray()));
            System.out.println("  <<3 " + v.shiftLeft(3) + " >>3 " + v.shiftRight(3) + " >>-2 " + v.shiftRight(-2)
                    + " not " + v.not() + " testBit0 " + v.testBit(0) + " testBit70 " + v.testBit(70));
        }
        BigInteger x = new BigInteger("F0F0F0F0F0F0F0F0F0F0", 16);
        BigInteger y = new BigInteger("-FF00FF00FF00FF", 16);
        System.out.println("and " + x.and(y).toString(16) + " or " + x.or(y).toString(16) + " xor " + x.xor(y).toString(16)
                + " andNot " + x.andNot(y).toString(16));
        BigInteger flags = BigInteger.ZERO;
        for (int bit : new int[] {0, 3, 64, 65, 100}) {
            flags = flags.setBit(bit);
        }
        System.out.println("flags " + flags.toString(2) + " " + flags.bitCount());
        flags = flags.clearBit(64).flipBit(1).flipBit(100);
        System.out.println("after " + flags.toString(2) + " " + flags);
        BigInteger neg = BigInteger.valueOf(-100);
        System.out.println("neg setBit 200 " + neg.setBit(200) + " clearBit 2 " + neg.clearBit(2) + " flipBit 80 " + neg.flipBit(80));
        byte[][] arrays = {{0}, {-1}, {0, -1}, {1, 0, 0}, {-128, 0}, {0, 0, 0, 5}, {127, -1, -1, -1, -1, -1, -1, -1, -1}};
        for (byte[] bytes : arrays) {
            BigInteger fromBytes = new BigInteger(bytes);
            BigInteger unsigned = new BigInteger(1, bytes);
            System.out.println(Arrays.toString(bytes) + " -> " + fromBytes + " unsigned " + unsigned
                    + " back " + Arrays.toString(fromBytes.toByteArray()));
        }
        System.out.println(new BigInteger(-1, new byte[] {1, 0}) + " " + new BigInteger(1, new byte[0]));
        try {
            BigInteger.ONE.testBit(-1);
        } catch (ArithmeticException e) {
            System.out.println("testBit: " + e.getMessage());
        }
        try {
            new BigInteger(2, new byte[] {1});
        } catch (NumberFormatException e) {
            System.out.println("signum: " + e.getMessage());
        }
        try {
            new BigInteger(new byte[0]);
        } catch (NumberFormatException e) {
            System.out.println("empty: " + e.getMessage());
        }
        BigInteger mask = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        long[] longs = {-1L, Long.MIN_VALUE, 0x123456789abcdefL};
        for (long l : longs) {
            BigInteger u = BigInteger.valueOf(l).and(mask);
            System.out.println(l + " unsigned " + u + " = " + Long.toUnsignedString(l) + " " + u.equals(new BigInteger(Long.toUnsignedString(l))));
        }
    }
}
