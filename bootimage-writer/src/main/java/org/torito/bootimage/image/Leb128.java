package org.torito.bootimage.image;

import java.io.ByteArrayOutputStream;

/** Unsigned LEB128, how the method table's compact tables write their numbers ({@code vm.runtime.CodeMap}). */
final class Leb128 {
    private Leb128() {
    }

    /** Writes {@code value}: 7 bits per byte, low first, the top bit set on all but the last. */
    static void writeUnsigned(ByteArrayOutputStream out, int value) {
        while ((value & ~0x7F) != 0) {
            out.write((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        out.write(value);
    }
}
