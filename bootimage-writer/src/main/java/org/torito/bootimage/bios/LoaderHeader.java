package org.torito.bootimage.bios;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.List;

/**
 * What the writer tells the loader about one image: the header, written in the sectors right after the loader
 * and loaded with it by the MBR, at {@link Loader#HEADER}. Little-endian; byte offsets, each following the
 * previous field.
 *
 * <pre>
 *   0    MAGIC           u32  "TRTO": the loader checks it before trusting the rest
 *   4    VERSION         u16  1
 *   6    SEGMENT_COUNT   u16  n, at least 1
 *   8    TOTAL_SECTORS   u32  sectors in the whole image, padding included
 *   12   PVH_ENTRY       u32  where the loader jumps, in 32-bit protected mode
 *   16   COMMAND_LINE    u32  physical address of the NUL-terminated command line (inside this header),
 *                             or 0 for none: it becomes hvm_start_info.cmdline_paddr as it is
 *   20   SEGMENTS        n entries of 16 bytes, by address:
 *          0   ADDRESS        u32  physical load address, at least 1 MiB
 *          4   FILE_BYTES     u32  bytes on disk, copied to ADDRESS
 *          8   MEMORY_BYTES   u32  bytes in memory; those past FILE_BYTES are zeroed
 *          12  FIRST_SECTOR   u32  LBA of the first byte; the bytes are contiguous on disk
 *   20 + 16n  the command line, UTF-8, then NUL (absent when empty)
 * </pre>
 * The header is padded with zeros to whole sectors. Addresses and sizes fit 32 bits because every segment
 * lies below 4 GiB.
 */
final class LoaderHeader {
    static final int MAGIC = 0;
    static final int VERSION = MAGIC + 4;
    static final int SEGMENT_COUNT = VERSION + 2;
    static final int TOTAL_SECTORS = SEGMENT_COUNT + 2;
    static final int PVH_ENTRY = TOTAL_SECTORS + 4;
    static final int COMMAND_LINE = PVH_ENTRY + 4;
    static final int SEGMENTS = COMMAND_LINE + 4;

    static final int SEGMENT_ADDRESS = 0;
    static final int SEGMENT_FILE_BYTES = SEGMENT_ADDRESS + 4;
    static final int SEGMENT_MEMORY_BYTES = SEGMENT_FILE_BYTES + 4;
    static final int SEGMENT_FIRST_SECTOR = SEGMENT_MEMORY_BYTES + 4;
    static final int SEGMENT_ENTRY_BYTES = SEGMENT_FIRST_SECTOR + 4;

    /** "TRTO" read as a little-endian u32. */
    static final int MAGIC_VALUE = 'T' | 'R' << 8 | 'T' << 16 | 'O' << 24;
    static final int VERSION_VALUE = 1;

    /** One row of the segment table. */
    record SegmentEntry(long address, long fileBytes, long memoryBytes, long firstSector) {
    }

    private LoaderHeader() {
    }

    /** Offset of the command line: right after the segment table. */
    static int commandLineOffset(int segmentCount) {
        return SEGMENTS + segmentCount * SEGMENT_ENTRY_BYTES;
    }

    /** Bytes of the header before padding: the table and the command line with its NUL, if any. */
    static int bytes(int segmentCount, byte[] commandLine) {
        return commandLineOffset(segmentCount) + (commandLine.length == 0 ? 0 : commandLine.length + 1);
    }

    /** The header, padded to whole sectors, for a loader whose header sits at {@code headerAddress}. */
    static byte[] encode(List<SegmentEntry> segments, long totalSectors, long pvhEntry, byte[] commandLine,
            long headerAddress) {
        int size = bytes(segments.size(), commandLine);
        ByteBuffer b = ByteBuffer.allocate((int) DiskLayout.sectorsFor(size) * DiskLayout.SECTOR_BYTES)
                .order(ByteOrder.LITTLE_ENDIAN);
        b.putInt(MAGIC, MAGIC_VALUE);
        b.putShort(VERSION, (short) VERSION_VALUE);
        b.putShort(SEGMENT_COUNT, (short) segments.size());
        b.putInt(TOTAL_SECTORS, (int) totalSectors);
        b.putInt(PVH_ENTRY, (int) pvhEntry);
        int commandLineOffset = commandLineOffset(segments.size());
        b.putInt(COMMAND_LINE, commandLine.length == 0 ? 0 : (int) (headerAddress + commandLineOffset));
        for (int i = 0; i < segments.size(); i++) {
            SegmentEntry s = segments.get(i);
            int at = SEGMENTS + i * SEGMENT_ENTRY_BYTES;
            b.putInt(at + SEGMENT_ADDRESS, (int) s.address());
            b.putInt(at + SEGMENT_FILE_BYTES, (int) s.fileBytes());
            b.putInt(at + SEGMENT_MEMORY_BYTES, (int) s.memoryBytes());
            b.putInt(at + SEGMENT_FIRST_SECTOR, (int) s.firstSector());
        }
        b.put(commandLineOffset, commandLine); // the NUL and the padding are the buffer's zeros
        return b.array();
    }
}
