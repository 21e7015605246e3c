package org.torito.bootimage.bios;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.torito.bootimage.bios.DiskImageWriter.Segment;

/** The disk layout {@link DiskImageWriter} writes, read back on the host, and the input it refuses. */
class DiskImageWriterTest {
    private static final long ENTRY = 0x10_0000;
    private static final byte[] CODE = filled(700, 0xC3);
    private static final byte[] DATA = filled(1024, 0x5A);
    private static final String COMMAND_LINE = "console=ttyS0 quiet";
    /** Given out of address order: the writer sorts them. */
    private static final List<Segment> SEGMENTS = List.of(
            new Segment(0x20_0000, DATA, 0x3000),
            new Segment(ENTRY, CODE, 0x1000),
            new Segment(0x40_0000, new byte[0], 0x10_0000));

    private static final int HEADER_LBA = DiskLayout.LOADER_LBA + Loader.SECTORS;

    // ------------------------------------------------------------------------------------------------
    // Sector 0
    // ------------------------------------------------------------------------------------------------

    @Test
    void write_anyImage_endsSectorZeroWithBootSignature() {
        byte[] image = write(COMMAND_LINE);

        assertEquals((byte) 0x55, image[510]);
        assertEquals((byte) 0xAA, image[511]);
    }

    @Test
    void write_anyImage_startsWithTheMbrCode() {
        byte[] image = write(COMMAND_LINE);

        byte[] code = MasterBootRecord.code().bytes();
        assertArrayEquals(code, Arrays.copyOf(image, code.length));
        assertTrue(code.length <= DiskLayout.MBR_CODE_LIMIT, code.length + " bytes of MBR code");
    }

    @Test
    void write_bootSectorsField_coversLoaderAndHeader() {
        ByteBuffer image = le(write(COMMAND_LINE));

        assertEquals(Loader.SECTORS + 1, image.getShort(DiskLayout.BOOT_SECTORS));
    }

    @Test
    void write_partitionTable_hasOneActiveEntryFromSectorOneToTheEnd() {
        byte[] bytes = write(COMMAND_LINE);
        ByteBuffer image = le(bytes);
        int entry = DiskLayout.PARTITION_TABLE;
        long sectors = bytes.length / DiskLayout.SECTOR_BYTES;

        assertAll(
                () -> assertEquals((byte) 0x80, image.get(entry + DiskLayout.PARTITION_STATUS)),
                () -> assertEquals((byte) 0xDA, image.get(entry + DiskLayout.PARTITION_TYPE)),
                () -> assertEquals(1, image.getInt(entry + DiskLayout.PARTITION_FIRST_LBA)),
                () -> assertEquals(sectors - 1, image.getInt(entry + DiskLayout.PARTITION_SECTORS)),
                () -> assertArrayEquals(new byte[] {0, 2, 0}, Arrays.copyOfRange(bytes,
                        entry + DiskLayout.PARTITION_FIRST_CHS, entry + DiskLayout.PARTITION_FIRST_CHS + 3)),
                () -> assertArrayEquals(DiskLayout.chs(sectors - 1), Arrays.copyOfRange(bytes,
                        entry + DiskLayout.PARTITION_LAST_CHS, entry + DiskLayout.PARTITION_LAST_CHS + 3)),
                () -> assertArrayEquals(new byte[3 * DiskLayout.PARTITION_ENTRY_BYTES], Arrays.copyOfRange(bytes,
                        entry + DiskLayout.PARTITION_ENTRY_BYTES, DiskLayout.BOOT_SIGNATURE)));
    }

    // ------------------------------------------------------------------------------------------------
    // Loader and header
    // ------------------------------------------------------------------------------------------------

    @Test
    void write_loader_followsTheMbrInWholeSectors() {
        byte[] image = write(COMMAND_LINE);

        byte[] loader = Loader.code();
        assertEquals(Loader.SECTORS * DiskLayout.SECTOR_BYTES, loader.length);
        assertArrayEquals(loader, Arrays.copyOfRange(image, DiskLayout.SECTOR_BYTES,
                DiskLayout.SECTOR_BYTES + loader.length));
        assertEquals(LowMemory.LOADER + loader.length, Loader.HEADER);
    }

    @Test
    void write_header_holdsMagicVersionCountsAndEntry() {
        byte[] bytes = write(COMMAND_LINE);
        ByteBuffer header = header(bytes);

        assertAll(
                () -> assertEquals(LoaderHeader.MAGIC_VALUE, header.getInt(LoaderHeader.MAGIC)),
                () -> assertEquals("TRTO", new String(bytes, HEADER_LBA * DiskLayout.SECTOR_BYTES, 4,
                        StandardCharsets.US_ASCII)),
                () -> assertEquals(1, header.getShort(LoaderHeader.VERSION)),
                () -> assertEquals(3, header.getShort(LoaderHeader.SEGMENT_COUNT)),
                () -> assertEquals(bytes.length / DiskLayout.SECTOR_BYTES, header.getInt(LoaderHeader.TOTAL_SECTORS)),
                () -> assertEquals(ENTRY, header.getInt(LoaderHeader.PVH_ENTRY)));
    }

    @Test
    void write_segmentTable_listsSegmentsByAddressEachFromTheNextSector() {
        ByteBuffer header = header(write(COMMAND_LINE));
        long firstData = HEADER_LBA + 1;

        assertEntry(header, 0, ENTRY, CODE.length, 0x1000, firstData);
        assertEntry(header, 1, 0x20_0000, DATA.length, 0x3000, firstData + 2);           // code: 700 bytes
        assertEntry(header, 2, 0x40_0000, 0, 0x10_0000, firstData + 2 + 2);              // data: 1024 bytes
    }

    @Test
    void write_commandLine_isNulTerminatedAtTheAddressInTheHeader() {
        byte[] bytes = write(COMMAND_LINE);
        ByteBuffer header = header(bytes);

        int offset = LoaderHeader.commandLineOffset(3);
        assertEquals(Loader.HEADER + offset, header.getInt(LoaderHeader.COMMAND_LINE));
        int at = HEADER_LBA * DiskLayout.SECTOR_BYTES + offset;
        assertEquals(COMMAND_LINE, new String(bytes, at, COMMAND_LINE.length(), StandardCharsets.UTF_8));
        assertEquals(0, bytes[at + COMMAND_LINE.length()]);
    }

    @Test
    void write_emptyCommandLine_storesAddressZero() {
        ByteBuffer header = header(write(""));

        assertEquals(0, header.getInt(LoaderHeader.COMMAND_LINE));
    }

    @Test
    void write_longCommandLine_growsTheHeaderAndMovesTheSegments() {
        String longLine = "x".repeat(2000);

        byte[] bytes = write(longLine);

        ByteBuffer mbr = le(bytes);
        int headerSectors = (int) DiskLayout.sectorsFor(LoaderHeader.commandLineOffset(3) + 2001);
        assertEquals(Loader.SECTORS + headerSectors, mbr.getShort(DiskLayout.BOOT_SECTORS));
        assertEntry(header(bytes), 0, ENTRY, CODE.length, 0x1000, HEADER_LBA + headerSectors);
    }

    // ------------------------------------------------------------------------------------------------
    // Segment data and size
    // ------------------------------------------------------------------------------------------------

    @Test
    void write_segmentData_startsOnItsSectorAndIsZeroPaddedToTheNext() {
        byte[] image = write(COMMAND_LINE);
        ByteBuffer header = header(image);

        for (int i = 0; i < 2; i++) {
            int entry = LoaderHeader.SEGMENTS + i * LoaderHeader.SEGMENT_ENTRY_BYTES;
            int start = header.getInt(entry + LoaderHeader.SEGMENT_FIRST_SECTOR) * DiskLayout.SECTOR_BYTES;
            byte[] expected = i == 0 ? CODE : DATA;
            int end = start + (int) DiskLayout.sectorsFor(expected.length) * DiskLayout.SECTOR_BYTES;

            assertArrayEquals(expected, Arrays.copyOfRange(image, start, start + expected.length));
            assertTrue(isZero(image, start + expected.length, end), "padding after segment " + i);
        }
    }

    @Test
    void write_anyImage_isWholeSectorsOfWholeCylinders() {
        byte[] image = write(COMMAND_LINE);

        assertEquals(0, image.length % DiskLayout.SECTOR_BYTES);
        assertEquals(DiskLayout.SECTORS_PER_CYLINDER * DiskLayout.SECTOR_BYTES, image.length); // one: 504 KiB
    }

    @Test
    void write_segmentsLargerThanOneCylinder_roundUpToTheNextCylinder() {
        byte[] big = new byte[600 * 1024];

        byte[] image = DiskImageWriter.write(List.of(new Segment(ENTRY, big, big.length)), ENTRY, "");

        assertEquals(2L * DiskLayout.SECTORS_PER_CYLINDER * DiskLayout.SECTOR_BYTES, image.length);
        assertTrue(isZero(image, (HEADER_LBA + 1) * DiskLayout.SECTOR_BYTES + big.length, image.length));
    }

    // ------------------------------------------------------------------------------------------------
    // Bad input
    // ------------------------------------------------------------------------------------------------

    @Test
    void write_segmentBelowOneMiB_throwsNamingIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DiskImageWriter.write(List.of(new Segment(0x8_0000, CODE, CODE.length)), 0x8_0000, ""));

        assertEquals("segment at 0x80000 is below 1 MiB, where the BIOS and the loader live; load it at 0x100000 "
                + "or above", e.getMessage());
    }

    @Test
    void write_overlappingSegments_throwsNamingBoth() {
        List<Segment> overlapping = List.of(new Segment(ENTRY, CODE, 0x2000), new Segment(0x10_1000, DATA, 0x1000));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DiskImageWriter.write(overlapping, ENTRY, ""));

        assertEquals("segments [0x100000, 0x102000) and [0x101000, 0x102000) overlap", e.getMessage());
    }

    @Test
    void write_bytesLongerThanMemorySize_throwsWithBothSizes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DiskImageWriter.write(List.of(new Segment(ENTRY, CODE, 100)), ENTRY, ""));

        assertEquals("segment at 0x100000 has 700 bytes but a memorySize of only 100", e.getMessage());
    }

    @Test
    void write_entryOutsideTheSegments_throwsListingThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DiskImageWriter.write(SEGMENTS, 0x30_0000, ""));

        assertEquals("PVH entry 0x300000 is outside the bytes of every segment: [0x100000, 0x1002bc), "
                + "[0x200000, 0x200400), [0x400000, 0x400000)", e.getMessage());
    }

    @Test
    void write_entryInAZeroedTail_throws() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DiskImageWriter.write(SEGMENTS, ENTRY + CODE.length, ""));

        assertTrue(e.getMessage().startsWith("PVH entry 0x1002bc is outside the bytes of every segment"),
                e.getMessage());
    }

    @Test
    void write_segmentBeyondFourGiB_throws() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Segment(0xFFFF_F000L, CODE, 0x2000));

        assertEquals("segment [0xfffff000, 0x100001000) reaches beyond 4 GiB; the loader copies to 32-bit "
                + "addresses", e.getMessage());
    }

    @Test
    void write_emptySegment_throws() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Segment(ENTRY, new byte[0], 0));

        assertEquals("segment at 0x100000 is empty: memorySize is 0", e.getMessage());
    }

    @Test
    void write_noSegments_throws() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DiskImageWriter.write(List.of(), ENTRY, ""));

        assertEquals("no segments: an image needs at least the one holding the entry", e.getMessage());
    }

    @Test
    void write_commandLineWithNul_throwsWithItsIndex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DiskImageWriter.write(SEGMENTS, ENTRY, "a=1\0b=2"));

        assertEquals("the command line has a NUL character at index 3; it is passed NUL-terminated",
                e.getMessage());
    }

    @Test
    void write_commandLineTooLargeForTheHeader_throwsWithTheSizes() {
        String huge = "x".repeat(40_000);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DiskImageWriter.write(SEGMENTS, ENTRY, huge));

        assertTrue(e.getMessage().startsWith("the header for 3 segments and a command line of 40000 bytes takes "
                + (LoaderHeader.commandLineOffset(3) + 40_001) + " bytes"), e.getMessage());
        assertTrue(e.getMessage().endsWith("below the transfer buffer at 0x10000"), e.getMessage());
    }

    // ------------------------------------------------------------------------------------------------
    // Helpers
    // ------------------------------------------------------------------------------------------------

    private static byte[] write(String commandLine) {
        return DiskImageWriter.write(SEGMENTS, ENTRY, commandLine);
    }

    private static void assertEntry(ByteBuffer header, int index, long address, long fileBytes, long memoryBytes,
            long firstSector) {
        int at = LoaderHeader.SEGMENTS + index * LoaderHeader.SEGMENT_ENTRY_BYTES;
        assertAll("segment table entry " + index,
                () -> assertEquals(address, header.getInt(at + LoaderHeader.SEGMENT_ADDRESS)),
                () -> assertEquals(fileBytes, header.getInt(at + LoaderHeader.SEGMENT_FILE_BYTES)),
                () -> assertEquals(memoryBytes, header.getInt(at + LoaderHeader.SEGMENT_MEMORY_BYTES)),
                () -> assertEquals(firstSector, header.getInt(at + LoaderHeader.SEGMENT_FIRST_SECTOR)));
    }

    private static ByteBuffer header(byte[] image) {
        return ByteBuffer.wrap(image, HEADER_LBA * DiskLayout.SECTOR_BYTES, DiskLayout.SECTOR_BYTES).slice()
                .order(ByteOrder.LITTLE_ENDIAN);
    }

    private static ByteBuffer le(byte[] bytes) {
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    private static boolean isZero(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] filled(int length, int value) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
