package org.torito.compiler.asm;

import java.util.Arrays;

/** A growable little-endian byte buffer: the assembler's output before layout. */
final class ByteBuffer {
    private byte[] bytes = new byte[16];
    private int size;

    void put(int b) {
        if (size == bytes.length) {
            bytes = Arrays.copyOf(bytes, size * 2);
        }
        bytes[size++] = (byte) b;
    }

    void putLittleEndian(long value, int count) {
        for (int i = 0; i < count; i++) {
            put((int) (value >>> (8 * i)));
        }
    }

    void putAll(ByteBuffer other) {
        for (int i = 0; i < other.size; i++) {
            put(other.bytes[i]);
        }
    }

    void putAll(byte[] other) {
        for (byte b : other) {
            put(b);
        }
    }

    int size() {
        return size;
    }

    byte[] toArray() {
        return Arrays.copyOf(bytes, size);
    }
}
