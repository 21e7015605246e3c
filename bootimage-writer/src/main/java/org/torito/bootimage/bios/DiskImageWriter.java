package org.torito.bootimage.bios;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Writes a boot image as a raw disk ({@code <app>.img}) that a PC BIOS boots, with our own MBR and loader:
 * SeaBIOS on QEMU's pc and q35 machines, from IDE or AHCI, and any BIOS with the INT 13h extensions.
 *
 * <p>The loader brings the machine into the state of a PVH entry (Xen docs/misc/pvh.pandoc: 32-bit protected
 * mode, paging off, flat segments, A20 on, EBX = {@code struct hvm_start_info} with the BIOS's E820 memory map
 * and the command line) and jumps to {@code pvhEntry}, so the same trampoline serves this image and the PVH
 * ELF. {@link DiskLayout} draws the disk, {@link LoaderHeader} the table the loader reads, {@link LowMemory}
 * what the boot path puts below 1 MiB; {@link MasterBootRecord} and {@link Loader} are the code, generated
 * with our assembler.
 *
 * <p>Segments are placed on disk by address, each from a sector boundary. Bad input is an
 * {@link IllegalArgumentException} naming the segment by its address range: a segment below 1 MiB (the BIOS
 * and the loader live there), reaching past 4 GiB, overlapping another, or with more bytes than memory; an
 * entry outside the bytes of every segment; a command line containing NUL; or a table and command line too
 * large for the header. Host only; stateless and thread-safe.
 */
public final class DiskImageWriter {
    /** Segments end at or below this: the loader works with 32-bit addresses. */
    static final long FOUR_GIB = 1L << 32;

    private DiskImageWriter() {
    }

    /**
     * A piece of the image to load at a physical address at or above 1 MiB and below 4 GiB.
     *
     * @param address physical load address
     * @param bytes contents; not copied, so not to be changed until written
     * @param memorySize bytes the segment occupies in memory, at least {@code bytes.length}; the rest is zeroed
     */
    public record Segment(long address, byte[] bytes, long memorySize) {
        public Segment {
            if (bytes == null) {
                throw new IllegalArgumentException("segment at 0x" + Long.toHexString(address)
                        + " has no bytes array (use new byte[0])");
            }
            if (memorySize < bytes.length) {
                throw new IllegalArgumentException("segment at 0x" + Long.toHexString(address) + " has "
                        + bytes.length + " bytes but a memorySize of only " + memorySize);
            }
            if (memorySize == 0) {
                throw new IllegalArgumentException("segment at 0x" + Long.toHexString(address)
                        + " is empty: memorySize is 0");
            }
            if (address < LowMemory.ONE_MIB) {
                throw new IllegalArgumentException("segment at 0x" + Long.toHexString(address)
                        + " is below 1 MiB, where the BIOS and the loader live; load it at 0x100000 or above");
            }
            if (memorySize > FOUR_GIB - address) {
                throw new IllegalArgumentException("segment " + range(address, memorySize)
                        + " reaches beyond 4 GiB; the loader copies to 32-bit addresses");
            }
        }

        /** The end of its memory, exclusive. */
        long end() {
            return address + memorySize;
        }

        @Override
        public String toString() {
            return "Segment" + range(address, memorySize) + " with " + bytes.length + " bytes";
        }
    }

    /**
     * A bootable raw disk image: MBR, loader, header and the segments, padded to whole cylinders.
     *
     * @param segments what to load, in any order; at least one
     * @param pvhEntry the 32-bit entry, the one the PVH ELF names; inside some segment's bytes
     * @param commandLine passed through {@code hvm_start_info.cmdline_paddr}; empty for none (address 0)
     */
    public static byte[] write(List<Segment> segments, long pvhEntry, String commandLine) {
        Objects.requireNonNull(segments, "segments");
        Objects.requireNonNull(commandLine, "commandLine (use \"\" for none)");
        List<Segment> sorted = checkSegments(segments);
        checkEntry(sorted, pvhEntry);
        byte[] commandLineBytes = commandLineBytes(commandLine);

        int headerBytes = LoaderHeader.bytes(sorted.size(), commandLineBytes);
        int headerSectors = (int) DiskLayout.sectorsFor(headerBytes);
        int bootSectors = Loader.SECTORS + headerSectors;
        if (bootSectors > LowMemory.MAX_BOOT_SECTORS) {
            throw new IllegalArgumentException("the header for " + sorted.size() + " segments and a command line of "
                    + commandLineBytes.length + " bytes takes " + headerBytes + " bytes (" + headerSectors
                    + " sectors); with the " + Loader.SECTORS + "-sector loader at most "
                    + LowMemory.MAX_BOOT_SECTORS + " sectors fit below the transfer buffer at 0x"
                    + Integer.toHexString(LowMemory.TRANSFER_BUFFER));
        }
        long nextSector = DiskLayout.LOADER_LBA + bootSectors;
        List<LoaderHeader.SegmentEntry> entries = new ArrayList<>();
        for (Segment s : sorted) {
            entries.add(new LoaderHeader.SegmentEntry(s.address(), s.bytes().length, s.memorySize(), nextSector));
            nextSector += DiskLayout.sectorsFor(s.bytes().length);
        }
        long totalSectors = DiskLayout.wholeCylinders(nextSector);
        long totalBytes = totalSectors * DiskLayout.SECTOR_BYTES;
        if (totalBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("the image would be " + totalBytes + " bytes; a Java array holds "
                    + "less than 2 GiB");
        }

        byte[] image = new byte[(int) totalBytes];
        put(image, 0, MasterBootRecord.sector(bootSectors, totalSectors));
        put(image, DiskLayout.LOADER_LBA, Loader.code());
        put(image, DiskLayout.LOADER_LBA + Loader.SECTORS,
                LoaderHeader.encode(entries, totalSectors, pvhEntry, commandLineBytes, Loader.HEADER));
        for (int i = 0; i < sorted.size(); i++) {
            put(image, entries.get(i).firstSector(), sorted.get(i).bytes());
        }
        return image;
    }

    private static void put(byte[] image, long sector, byte[] bytes) {
        System.arraycopy(bytes, 0, image, (int) (sector * DiskLayout.SECTOR_BYTES), bytes.length);
    }

    /** The segments by address, after checking that none overlaps the next. */
    private static List<Segment> checkSegments(List<Segment> segments) {
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("no segments: an image needs at least the one holding the entry");
        }
        List<Segment> sorted = new ArrayList<>(segments);
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i) == null) {
                throw new IllegalArgumentException("segment " + i + " is null");
            }
        }
        sorted.sort(Comparator.comparingLong(Segment::address));
        for (int i = 1; i < sorted.size(); i++) {
            Segment before = sorted.get(i - 1);
            Segment after = sorted.get(i);
            if (after.address() < before.end()) {
                throw new IllegalArgumentException("segments " + range(before.address(), before.memorySize())
                        + " and " + range(after.address(), after.memorySize()) + " overlap");
            }
        }
        return sorted;
    }

    private static void checkEntry(List<Segment> segments, long pvhEntry) {
        for (Segment s : segments) {
            if (pvhEntry >= s.address() && pvhEntry < s.address() + s.bytes().length) {
                return;
            }
        }
        throw new IllegalArgumentException("PVH entry 0x" + Long.toHexString(pvhEntry)
                + " is outside the bytes of every segment: " + segments.stream()
                .map(s -> range(s.address(), s.bytes().length)).collect(Collectors.joining(", ")));
    }

    private static byte[] commandLineBytes(String commandLine) {
        int nul = commandLine.indexOf('\0');
        if (nul >= 0) {
            throw new IllegalArgumentException("the command line has a NUL character at index " + nul
                    + "; it is passed NUL-terminated");
        }
        return commandLine.getBytes(StandardCharsets.UTF_8);
    }

    /** {@code [0x100000, 0x101000)}: an address range as messages show it. */
    static String range(long address, long bytes) {
        return "[0x" + Long.toHexString(address) + ", 0x" + Long.toHexString(address + bytes) + ")";
    }
}
