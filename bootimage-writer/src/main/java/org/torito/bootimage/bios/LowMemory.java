package org.torito.bootimage.bios;

import org.torito.kernel.boot.PvhStartInfo;

/**
 * The physical memory below 1 MiB as the MBR and the loader use it. Addresses; each follows from the one before.
 *
 * <pre>
 *   0x0_0000  real-mode interrupt vectors, BIOS data area                      the BIOS's
 *   0x0_1000  hvm_start_info, 56 bytes                                         START_INFO
 *   0x0_1040  memory map: up to 128 E820 entries of 24 bytes                   MEMORY_MAP
 *   0x0_1C40  stack, growing down from 0x7C00; ESP at the PVH entry            STACK_TOP
 *   0x0_7C00  the MBR, where the BIOS loads sector 0                           MBR
 *   0x0_7E00  the loader (sectors 1..), then its header and command line       LOADER
 *   0x1_0000  disk transfer buffer: 64 sectors per INT 13h read                TRANSFER_BUFFER
 *   0x1_8000  end of what the loader uses; the EBDA below 0xA0000 is untouched
 * </pre>
 *
 * What the kernel receives (start info, memory map, command line inside the header) stays here after the jump
 * to the PVH entry, as it does after QEMU's own PVH loader; the kernel reads it before it allocates memory
 * below 1 MiB. The loader's GDT is inside the loader.
 */
final class LowMemory {
    /** {@code struct hvm_start_info} (version 1 is 56 bytes: MEMMAP_ENTRIES, then a reserved u32). */
    static final int START_INFO = 0x1000;
    static final int START_INFO_BYTES = PvhStartInfo.MEMMAP_ENTRIES + 4 + 4;
    /** The E820 entries, written by INT 15h EAX=E820h straight into {@code hvm_memmap_table_entry} form. */
    static final int MEMORY_MAP = START_INFO + 64;
    static final int MEMORY_MAP_CAPACITY = 128;
    static final int MEMORY_MAP_END = MEMORY_MAP + MEMORY_MAP_CAPACITY * PvhStartInfo.ENTRY_BYTES;
    /** The stack grows down from here, towards MEMORY_MAP_END: 24 KiB. */
    static final int STACK_TOP = 0x7C00;
    /** Where the BIOS loads and enters the MBR (the IBM PC convention, 0000:7C00). */
    static final int MBR = STACK_TOP;
    /** Where the MBR loads the loader, its header and the command line: right after itself. */
    static final int LOADER = MBR + DiskLayout.SECTOR_BYTES;
    /** Where INT 13h reads segment data before it is copied above 1 MiB; segment 0x1000, offset 0. */
    static final int TRANSFER_BUFFER = 0x1_0000;
    static final int TRANSFER_SECTORS = 64;
    static final int TRANSFER_BUFFER_END = TRANSFER_BUFFER + TRANSFER_SECTORS * DiskLayout.SECTOR_BYTES;
    /** The most sectors the MBR can load at LOADER without reaching the transfer buffer. */
    static final int MAX_BOOT_SECTORS = (TRANSFER_BUFFER - LOADER) / DiskLayout.SECTOR_BYTES;
    /** The lowest address a segment may have: everything above is the kernel's. */
    static final long ONE_MIB = 0x10_0000;

    private LowMemory() {
    }
}
