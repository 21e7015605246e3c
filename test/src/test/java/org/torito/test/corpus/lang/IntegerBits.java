package org.torito.test.corpus.lang;

/** Integer and Long toString in radixes, hex/octal/binary, unsigned arithmetic and bit-twiddling methods. */
public final class IntegerBits {
    private IntegerBits() {
    }

    public static void main(String[] args) {
        int[] ints = {0, 1, -1, 7, -8, 255, 0x7FFFFFFF, 0x80000000, 0x12345678, 0xCAFEBABE, 1 << 20, -1000000};
        for (int i : ints) {
            System.out.println(i + " r2=" + Integer.toString(i, 2) + " r7=" + Integer.toString(i, 7) + " r36="
                    + Integer.toString(i, 36) + " r99=" + Integer.toString(i, 99) + " hex=" + Integer.toHexString(i)
                    + " oct=" + Integer.toOctalString(i) + " bin=" + Integer.toBinaryString(i) + " u="
                    + Integer.toUnsignedString(i) + " u16=" + Integer.toUnsignedString(i, 16) + " ul="
                    + Integer.toUnsignedLong(i));
            System.out.println("  bits=" + Integer.bitCount(i) + " hi=" + Integer.highestOneBit(i) + " lo="
                    + Integer.lowestOneBit(i) + " nlz=" + Integer.numberOfLeadingZeros(i) + " ntz="
                    + Integer.numberOfTrailingZeros(i) + " rev=" + Integer.reverse(i) + " revb="
                    + Integer.reverseBytes(i) + " rol5=" + Integer.rotateLeft(i, 5) + " ror37="
                    + Integer.rotateRight(i, 37) + " sig=" + Integer.signum(i));
        }
        int[][] pairs = {{7, 2}, {-7, 2}, {-1, 3}, {0x80000000, -1}, {-2, -1}, {5, -5}};
        for (int[] p : pairs) {
            System.out.println(p[0] + "," + p[1] + ": udiv=" + Integer.divideUnsigned(p[0], p[1]) + " urem="
                    + Integer.remainderUnsigned(p[0], p[1]) + " ucmp=" + Integer.compareUnsigned(p[0], p[1]) + " cmp="
                    + Integer.compare(p[0], p[1]) + " max=" + Math.max(p[0], p[1]) + " sum=" + Integer.sum(p[0], p[1]));
        }
        long[] longs = {0L, -1L, Long.MAX_VALUE, Long.MIN_VALUE, 0xDEADBEEFCAFEL, -123456789012345L, 1L << 63 >>> 1};
        for (long l : longs) {
            System.out.println(l + " hex=" + Long.toHexString(l) + " oct=" + Long.toOctalString(l) + " r36="
                    + Long.toString(l, 36) + " u=" + Long.toUnsignedString(l) + " u2=" + Long.toUnsignedString(l, 2)
                    + " bits=" + Long.bitCount(l) + " nlz=" + Long.numberOfLeadingZeros(l) + " ntz="
                    + Long.numberOfTrailingZeros(l) + " rev=" + Long.reverse(l) + " revb=" + Long.reverseBytes(l)
                    + " hi=" + Long.highestOneBit(l));
        }
        System.out.println(Long.divideUnsigned(-1L, 10) + " " + Long.remainderUnsigned(-1L, 10) + " "
                + Long.compareUnsigned(-1L, 1L) + " " + Long.divideUnsigned(Long.MIN_VALUE, 3) + " "
                + Long.remainderUnsigned(-7L, -3L));
        System.out.println(Integer.toString(Integer.MIN_VALUE, 16) + " " + Long.toString(Long.MIN_VALUE, 2));
        System.out.println(Integer.MAX_VALUE + 1 + " " + (Long.MIN_VALUE - 1) + " " + Integer.SIZE + " " + Long.BYTES
                + " " + Short.toUnsignedInt((short) -1) + " " + Byte.toUnsignedInt((byte) -1) + " "
                + Short.reverseBytes((short) 0x1234) + " " + Character.reverseBytes('\u1234'));
        try {
            Integer.divideUnsigned(1, 0);
        } catch (ArithmeticException e) {
            System.out.println("divideUnsigned: " + e.getMessage());
        }
    }
}
