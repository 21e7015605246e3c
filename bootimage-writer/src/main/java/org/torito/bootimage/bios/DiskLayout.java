package org.torito.bootimage.bios;

/**
 * The disk image, sector by sector, and the fixed parts of sector 0. Offsets in bytes; each follows from the
 * one before.
 *
 * <pre>
 *   LBA 0            MBR: boot code, BOOT_SECTORS, partition table, 0x55 0xAA          MasterBootRecord
 *   LBA 1            the loader: 16-bit code, then 32-bit code and data, L sectors     Loader
 *   LBA 1 + L        the header: fields, segment table, command line, H sectors        LoaderHeader
 *   LBA 1 + L + H    segment 0's bytes, zero-padded to a whole sector
 *   ...              each further segment, by address, from the next sector
 *   ...              zeros up to a whole number of cylinders (at least one)
 * </pre>
 *
 * <h2>Sector 0</h2>
 * <pre>
 *   0     boot code                                   at most BOOT_SECTORS bytes
 *   436   BOOT_SECTORS     u16  L + H: what the MBR reads from LBA 1 to 0x7E00
 *   438   reserved         u16  0
 *   440   DISK_SIGNATURE   u32  0 (the Windows disk identifier; unused)
 *   444   reserved         u16  0
 *   446   PARTITION_TABLE  4 entries of 16 bytes
 *   510   BOOT_SIGNATURE   0x55, 0xAA: the BIOS boots only a sector that ends so
 * </pre>
 * The partition table has one entry, active (0x80), of type 0xDA ("non-FS data"), from LBA 1 to the end of
 * the image; the others are zero. The entry keeps partitioning tools from showing the image as free space,
 * and some BIOSes refuse a disk without an active partition. Its CHS fields use the geometry QEMU gives a
 * raw disk that has no partition table, 16 heads and 63 sectors per track (hw/block/hd-geometry.c), and stop
 * at cylinder 1023; QEMU derives its geometry from this entry, so it stays the same.
 *
 * <h2>Size</h2>
 * The image is padded to a whole number of such cylinders (1008 sectors, 504 KiB), at least one. SeaBIOS
 * (1.16, src/block.c) gives an AHCI disk (q35) an LBA-translated logical geometry of
 * {@code sectors / (16 * 63)} cylinders, rounded down: a smaller disk has 0 cylinders and the BIOS's own CHS
 * read of sector 0 fails with "Boot failed: could not read the boot disk". IDE on pc has no such limit.
 */
final class DiskLayout {
    static final int LOG_SECTOR_BYTES = 9;
    static final int SECTOR_BYTES = 1 << LOG_SECTOR_BYTES;

    // ---- Sector 0, from its end.
    static final int BOOT_SIGNATURE = SECTOR_BYTES - 2;
    static final int PARTITION_ENTRY_BYTES = 16;
    static final int PARTITION_ENTRIES = 4;
    static final int PARTITION_TABLE = BOOT_SIGNATURE - PARTITION_ENTRIES * PARTITION_ENTRY_BYTES;
    static final int DISK_SIGNATURE = PARTITION_TABLE - 2 - 4;
    static final int BOOT_SECTORS = DISK_SIGNATURE - 2 - 2;
    /** The boot code ends before BOOT_SECTORS. */
    static final int MBR_CODE_LIMIT = BOOT_SECTORS;

    // ---- A partition entry (offsets inside the entry).
    static final int PARTITION_STATUS = 0;
    static final int PARTITION_FIRST_CHS = PARTITION_STATUS + 1;
    static final int PARTITION_TYPE = PARTITION_FIRST_CHS + 3;
    static final int PARTITION_LAST_CHS = PARTITION_TYPE + 1;
    static final int PARTITION_FIRST_LBA = PARTITION_LAST_CHS + 3;
    static final int PARTITION_SECTORS = PARTITION_FIRST_LBA + 4;
    static final int STATUS_ACTIVE = 0x80;
    static final int TYPE_NON_FS_DATA = 0xDA;

    // ---- Geometry.
    static final int HEADS = 16;
    static final int SECTORS_PER_TRACK = 63;
    static final int SECTORS_PER_CYLINDER = HEADS * SECTORS_PER_TRACK;
    static final int MAX_CHS_CYLINDER = 1023;

    /** The loader starts right after the MBR. */
    static final int LOADER_LBA = 1;

    private DiskLayout() {
    }

    /** {@code bytes} rounded up to whole sectors, as a sector count. */
    static long sectorsFor(long bytes) {
        return (bytes + SECTOR_BYTES - 1) >>> LOG_SECTOR_BYTES;
    }

    /** {@code sectors} rounded up to whole cylinders, at least one. */
    static long wholeCylinders(long sectors) {
        long cylinders = Math.max(1, (sectors + SECTORS_PER_CYLINDER - 1) / SECTORS_PER_CYLINDER);
        return cylinders * SECTORS_PER_CYLINDER;
    }

    /**
     * The 3-byte CHS address of {@code lba} in the 16 x 63 geometry, as a partition entry holds it: head,
     * sector (bits 0-5) with cylinder bits 8-9 (bits 6-7), cylinder bits 0-7. Beyond cylinder 1023 it is the
     * largest address, 1023/15/63, as partitioning tools write it.
     */
    static byte[] chs(long lba) {
        long cylinder = lba / SECTORS_PER_CYLINDER;
        int head = (int) (lba / SECTORS_PER_TRACK % HEADS);
        int sector = (int) (lba % SECTORS_PER_TRACK) + 1;
        if (cylinder > MAX_CHS_CYLINDER) {
            cylinder = MAX_CHS_CYLINDER;
            head = HEADS - 1;
            sector = SECTORS_PER_TRACK;
        }
        return new byte[] {(byte) head, (byte) (sector | (cylinder >> 8) << 6), (byte) cylinder};
    }
}
