package org.torito.bootimage.image;

/** Writing x86's byte order into image bytes. */
final class LittleEndian {
    private LittleEndian() {
    }

    static void putLong(byte[] bytes, int at, long value) {
        for (int i = 0; i < 8; i++) {
            bytes[at + i] = (byte) (value >>> (8 * i));
        }
    }
}
