package org.torito.test.corpus.integers;

import org.torito.test.support.Out;

/** CRC-32 (bit by bit and with a computed-on-the-fly nibble table), Adler-32 and FNV-1a, all by hand. */
public final class Crc32 {
    private static int poly;

    private Crc32() {
    }

    public static void main(String[] args) {
        poly = 0xEDB88320;
        int crc = -1;
        for (int i = 0; i < 9; i++) {
            crc = update(crc, '1' + i);
        }
        printHex(~crc);
        Out.println((~crc) & 0xFFFFFFFFL);
        crc = -1;
        int nibbles = -1;
        int a = 1;
        int b = 0;
        int fnv = 0x811C9DC5;
        long fnv64 = 0xCBF29CE484222325L;
        for (int i = 0; i < 4096; i++) {
            int octet = (i * 31 + (i >>> 3)) & 0xFF;
            crc = update(crc, octet);
            nibbles = updateNibbles(nibbles, octet);
            a = (a + octet) % 65521;
            b = (b + a) % 65521;
            fnv = (fnv ^ octet) * 16777619;
            fnv64 = (fnv64 ^ octet) * 0x100000001B3L;
        }
        printHex(~crc);
        printHex(~nibbles);
        printHex((b << 16) | a);
        printHex(fnv);
        Out.println(fnv64);
        Out.println(crcOfZeros(0));
        Out.println(crcOfZeros(1));
        Out.println(crcOfZeros(32));
    }

    private static int update(int crc, int octet) {
        crc ^= octet;
        for (int k = 0; k < 8; k++) {
            crc = (crc >>> 1) ^ (poly & -(crc & 1));
        }
        return crc;
    }

    /** The table entry for a nibble, computed instead of looked up. */
    private static int nibbleEntry(int n) {
        int c = n;
        for (int k = 0; k < 4; k++) {
            c = (c & 1) != 0 ? (c >>> 1) ^ poly : c >>> 1;
        }
        return c;
    }

    private static int updateNibbles(int crc, int octet) {
        crc ^= octet;
        crc = (crc >>> 4) ^ nibbleEntry(crc & 0xF);
        crc = (crc >>> 4) ^ nibbleEntry(crc & 0xF);
        return crc;
    }

    private static long crcOfZeros(int count) {
        int crc = -1;
        for (int i = 0; i < count; i++) {
            crc = update(crc, 0);
        }
        return ~crc & 0xFFFFFFFFL;
    }

    private static void printHex(int v) {
        for (int shift = 28; shift >= 0; shift -= 4) {
            int d = (v >>> shift) & 0xF;
            Out.print((char) (d < 10 ? '0' + d : 'a' + d - 10));
        }
        Out.println();
    }
}
