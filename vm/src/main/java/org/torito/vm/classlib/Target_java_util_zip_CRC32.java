package org.torito.vm.classlib;

import org.torito.vm.Magic;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/** CRC32's zlib natives, in Java ({@link Crc32}). */
@TargetClass("java.util.zip.CRC32")
final class Target_java_util_zip_CRC32 {
    private Target_java_util_zip_CRC32() {
    }

    @Substitute
    private static int update(int crc, int b) {
        return Crc32.update(crc, b);
    }

    @Substitute
    private static int updateBytes0(int crc, byte[] b, int off, int len) {
        return Crc32.update(crc, b, off, len);
    }

    /** A direct buffer's bytes at {@code address + off}. */
    @Substitute
    private static int updateByteBuffer0(int crc, long address, int off, int len) {
        int c = crc;
        for (int i = 0; i < len; i++) {
            c = Crc32.update(c, Magic.loadByte(address + off + i));
        }
        return c;
    }
}
