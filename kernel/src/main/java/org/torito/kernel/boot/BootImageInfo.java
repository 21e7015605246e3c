package org.torito.kernel.boot;

/**
 * Facts about the image that only the image writer knows; it stores them into these statics when it lays
 * the image out. Read-only at run time.
 */
public final class BootImageInfo {
    /** The Torito version the image was built with. */
    public static String version;
    /** Address of the method table: {@code methodCount} entries of start, end, name (a NUL-terminated string). */
    public static long methodTable;
    public static int methodCount;
    /** First and last+1 address of compiled code, for sanity checks in stack walks. */
    public static long codeStart;
    public static long codeEnd;
    /** First byte after the image (page aligned): the heap starts here. */
    public static long imageEnd;

    /** Bytes of one method-table entry: start u64, end u64, name address u64. */
    public static final int METHOD_ENTRY_BYTES = 24;

    private BootImageInfo() {
    }
}
