package org.torito.test.corpus.text;

/** Integer and Long to hex, octal, binary and any radix, unsigned strings and arithmetic, Character.forDigit/digit. */
public final class RadixStrings {
    private RadixStrings() {
    }

    public static void main(String[] args) {
        int[] ints = {0, 1, -1, 10, 255, -256, 0x7fffffff, 0x80000000, 0xCAFEBABE, 1 << 20};
        for (int v : ints) {
            System.out.println(v + " hex " + Integer.toHexString(v) + " oct " + Integer.toOctalString(v) + " bin "
                    + Integer.toBinaryString(v) + " r36 " + Integer.toString(v, 36) + " r7 " + Integer.toString(v, 7)
                    + " unsigned " + Integer.toUnsignedString(v) + " u5 " + Integer.toUnsignedString(v, 5));
        }
        long[] longs = {0L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 0xDEADBEEFCAFEL, -1234567890123456789L};
        for (long v : longs) {
            System.out.println(v + " hex " + Long.toHexString(v) + " oct " + Long.toOctalString(v) + " r36 "
                    + Long.toString(v, 36) + " unsigned " + Long.toUnsignedString(v) + " u16 " + Long.toUnsignedString(v, 16)
                    + " bits " + Long.toBinaryString(v).length());
        }
        long big = -2L;
        System.out.println("divideUnsigned " + Long.divideUnsigned(big, 3) + " remainderUnsigned " + Long.remainderUnsigned(big, 3)
                + " compareUnsigned " + Long.compareUnsigned(-1L, 1L) + " parseUnsignedLong " + Long.parseUnsignedLong("18446744073709551615"));
        System.out.println("int unsigned: " + Integer.divideUnsigned(-1, 2) + " " + Integer.remainderUnsigned(-1, 10) + " "
                + Integer.toUnsignedLong(-1) + " " + Integer.compareUnsigned(0x80000000, 1));
        System.out.println("radix out of range: " + Integer.toString(255, 99) + " " + Long.toString(255L, 1));
        StringBuilder digits = new StringBuilder();
        for (int d = 0; d < 36; d++) {
            digits.append(Character.forDigit(d, 36));
        }
        System.out.println(digits + " forDigit(10,10)=" + (int) Character.forDigit(10, 10) + " forDigit(5,40)="
                + (int) Character.forDigit(5, 40) + " forDigit(-1,16)=" + (int) Character.forDigit(-1, 16));
        String probe = "09afAFgz٣\uff17 -";
        for (char ch : probe.toCharArray()) {
            System.out.print(Character.digit(ch, 16) + "/" + Character.digit(ch, 36) + "/" + Character.getNumericValue(ch) + " ");
        }
        System.out.println();
        for (int bits = 1; bits <= 32; bits *= 2) {
            int mask = bits == 32 ? -1 : (1 << bits) - 1;
            System.out.printf("%2d bits mask %s = %s = %d%n", bits, Integer.toHexString(mask), Integer.toBinaryString(mask),
                    Integer.bitCount(mask));
        }
        System.out.println(Integer.toHexString(Integer.reverse(1)) + " " + Integer.toHexString(Integer.reverseBytes(0x12345678))
                + " " + Long.toHexString(Long.rotateLeft(0x8000000000000001L, 4)) + " " + Integer.highestOneBit(1000)
                + " " + Integer.numberOfLeadingZeros(1000) + " " + Long.numberOfTrailingZeros(1L << 40));
        String padded = String.format("%32s", Integer.toBinaryString(0x5A)).replace(' ', '0');
        System.out.println(padded + " " + Integer.parseInt(padded, 2) + " " + Integer.parseUnsignedInt("ffffffff", 16)
                + " " + Long.parseLong("-7fffffffffffffff", 16) + " " + Integer.valueOf("-0") + " " + Integer.decode("0X1f"));
    }
}
