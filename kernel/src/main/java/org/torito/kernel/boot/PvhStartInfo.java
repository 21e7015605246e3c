package org.torito.kernel.boot;

import org.torito.vm.Magic;

/**
 * {@code struct hvm_start_info}, which a PVH boot loader (QEMU {@code -kernel}, Firecracker) leaves in
 * memory and passes in EBX (Xen's {@code xen/include/public/arch-x86/hvm/start_info.h}, version 1). Each
 * offset follows from the previous field.
 */
public final class PvhStartInfo {
    public static final int MAGIC_VALUE = 0x336ec578;
    public static final int MAGIC = 0;                       // u32
    public static final int VERSION = MAGIC + 4;             // u32
    public static final int FLAGS = VERSION + 4;             // u32
    public static final int NR_MODULES = FLAGS + 4;          // u32
    public static final int MODLIST_PADDR = NR_MODULES + 4;  // u64
    public static final int CMDLINE_PADDR = MODLIST_PADDR + 8; // u64
    public static final int RSDP_PADDR = CMDLINE_PADDR + 8;  // u64
    public static final int MEMMAP_PADDR = RSDP_PADDR + 8;   // u64, version >= 1
    public static final int MEMMAP_ENTRIES = MEMMAP_PADDR + 8; // u32

    /** {@code struct hvm_memmap_table_entry}: addr u64, size u64, type u32, reserved u32. */
    public static final int ENTRY_ADDR = 0;
    public static final int ENTRY_SIZE = ENTRY_ADDR + 8;
    public static final int ENTRY_TYPE = ENTRY_SIZE + 8;
    public static final int ENTRY_BYTES = ENTRY_TYPE + 8;
    /** E820 type of usable RAM. */
    public static final int TYPE_RAM = 1;

    private PvhStartInfo() {
    }

    public static boolean isValid(long info) {
        return info != 0 && Magic.loadInt(info + MAGIC) == MAGIC_VALUE;
    }

    public static long commandLine(long info) {
        return Magic.loadLong(info + CMDLINE_PADDR);
    }

    public static int memoryMapEntries(long info) {
        return Magic.loadInt(info + VERSION) >= 1 ? Magic.loadInt(info + MEMMAP_ENTRIES) : 0;
    }

    /** Address of memory-map entry {@code i}. */
    public static long memoryMapEntry(long info, int i) {
        return Magic.loadLong(info + MEMMAP_PADDR) + (long) ENTRY_BYTES * i;
    }
}
