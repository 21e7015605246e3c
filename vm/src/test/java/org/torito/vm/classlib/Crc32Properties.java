package org.torito.vm.classlib;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.zip.CRC32;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** {@link Crc32} against the host's zlib-backed {@code java.util.zip.CRC32}. */
class Crc32Properties {
    @Property(tries = 2_000)
    void bytesInTwoChunks_matchZlib(@ForAll @Size(max = 300) byte[] bytes, @ForAll @IntRange(max = 300) int split) {
        int cut = Math.min(split, bytes.length);
        CRC32 host = new CRC32();
        host.update(bytes, 0, cut);
        host.update(bytes, cut, bytes.length - cut);
        int ours = Crc32.update(Crc32.update(0, bytes, 0, cut), bytes, cut, bytes.length - cut);
        assertEquals(host.getValue(), ours & 0xFFFF_FFFFL);
    }

    @Property(tries = 1_000)
    void singleBytes_matchZlib(@ForAll byte[] bytes) {
        CRC32 host = new CRC32();
        int ours = 0;
        for (byte b : bytes) {
            host.update(b);
            ours = Crc32.update(ours, b);
        }
        assertEquals(host.getValue(), ours & 0xFFFF_FFFFL);
    }
}
