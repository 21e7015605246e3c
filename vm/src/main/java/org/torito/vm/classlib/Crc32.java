package org.torito.vm.classlib;

/**
 * CRC-32 as zlib's {@code crc32()} computes it (ISO 3309 / ITU-T V.42: polynomial 0x04C11DB7, bits
 * reflected, so the table uses 0xEDB88320; the running value is kept complemented), one byte at a time
 * through a table of the 256 byte remainders.
 */
public final class Crc32 {
    private static final int[] TABLE = table();

    private Crc32() {
    }

    private static int[] table() {
        int[] table = new int[256];
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            table[n] = c;
        }
        return table;
    }

    /** The CRC of the bytes so far ({@code crc}) extended by {@code b[off .. off+len)}. */
    public static int update(int crc, byte[] b, int off, int len) {
        int c = ~crc;
        for (int i = off; i < off + len; i++) {
            c = TABLE[(c ^ b[i]) & 0xFF] ^ (c >>> 8);
        }
        return ~c;
    }

    /** The CRC extended by one byte. */
    public static int update(int crc, int b) {
        int c = ~crc;
        c = TABLE[(c ^ b) & 0xFF] ^ (c >>> 8);
        return ~c;
    }
}
