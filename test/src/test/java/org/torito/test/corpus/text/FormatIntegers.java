package org.torito.test.corpus.text;

import java.math.BigInteger;

/** %d, %x, %X and %o over int, long, byte, short and BigInteger with widths and every flag that applies. */
public final class FormatIntegers {
    private FormatIntegers() {
    }

    public static void main(String[] args) {
        int[] ints = {0, 1, -1, 42, -42, 255, 65535, 1_000_000, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (int v : ints) {
            System.out.println(String.format("[%d] [%8d] [%-8d] [%08d] [%+d] [% d] [%,d] [%(d] [%,(12d]",
                    v, v, v, v, v, v, v, v, v));
            System.out.println(String.format("  [%x] [%X] [%#x] [%o] [%#o] [%010x] [%-10X|]", v, v, v, v, v, v, v));
        }
        long[] longs = {0L, -1L, 1L << 40, Long.MAX_VALUE, Long.MIN_VALUE, -1234567890123L};
        for (long v : longs) {
            System.out.printf("%,d|%x|%o|%+,25d|%(,d%n", v, v, v, v, v);
        }
        byte b = (byte) 0xF0;
        short s = (short) -2;
        System.out.printf("byte %d %x %o, short %d %x %o%n", b, b, b, s, s, s);
        Byte boxedByte = -128;
        Short boxedShort = Short.MIN_VALUE;
        Long boxedLong = null;
        System.out.printf("%x %x %d %x%n", boxedByte, boxedShort, boxedLong, boxedLong);
        BigInteger big = new BigInteger("-123456789012345678901234567890");
        System.out.printf("%d%n%,d%n%x%n%#X%n%o%n%+d%n%(d%n", big, big, big, big, big, big.negate(), big);
        System.out.printf("%40d|%-40d|%n", big, big.negate());
        for (int width = 1; width <= 12; width += 3) {
            String spec = "%" + width + "d|%0" + width + "d|%-" + width + "x|";
            System.out.println(String.format(spec, width * 37, -width, width * 4096));
        }
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            row.append(String.format("%02X", i * 17)).append(i % 4 == 3 ? " " : ":");
        }
        System.out.println(row.toString().trim());
        System.out.println(String.format("%,d bytes, %,d KiB, %,d MiB", 123456789L, 123456789L >> 10, 123456789L >> 20));
    }
}
