package org.torito.bootimage.image;

/**
 * The physical memory map of a boot image; the image is linked to run at these addresses, identity-mapped.
 *
 * <pre>
 *   0x0010_0000  page tables: PML4, PDPT, 4 page directories (2 MiB pages, the first 4 GiB), prebuilt
 *   0x0010_6000  boot stack, 1 MiB, growing down from 0x0020_6000; its lowest 32 KiB are the
 *                red zone for throwing StackOverflowError (vm.runtime.Stacks)                 [zeroed]
 *   0x0021_0000  text: long-mode entry and exception stubs, IDT, the PVH entry (32-bit) and
 *                GDT, then compiled methods, the method table and method names
 *   (next page)  data: static fields, string literals
 * </pre>
 * QEMU and the BIOS loader put their own data (start info, command line, memory map) below 1 MiB.
 */
public final class ImageLayout {
    public static final long IMAGE_BASE = 0x10_0000;
    public static final long LOG_BYTES_IN_PAGE = 12;
    public static final long BYTES_IN_PAGE = 1L << LOG_BYTES_IN_PAGE;
    public static final long PML4 = IMAGE_BASE;
    public static final long PDPT = PML4 + BYTES_IN_PAGE;
    /** Four page directories, one per GiB of the first 4 GiB. */
    public static final long PAGE_DIRECTORIES = PDPT + BYTES_IN_PAGE;
    public static final int PAGE_DIRECTORY_COUNT = 4;
    public static final long PAGE_TABLES_END = PAGE_DIRECTORIES + PAGE_DIRECTORY_COUNT * BYTES_IN_PAGE;
    public static final long BOOT_STACK_BYTES = 1024 * 1024;
    public static final long BOOT_STACK_TOP = PAGE_TABLES_END + BOOT_STACK_BYTES;
    /** The zeroed region (the stack) starts after the page tables and ends here. */
    public static final long ZEROED_END = BOOT_STACK_TOP;
    public static final long TEXT_BASE = 0x21_0000;
    /** Alignment of each compiled method's first instruction. */
    public static final int METHOD_ALIGNMENT = 16;

    private ImageLayout() {
    }

    public static long alignUp(long value, long alignment) {
        return (value + alignment - 1) & -alignment;
    }
}
