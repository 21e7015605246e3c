package org.torito.kernel.boot;

/**
 * Facts about the image that only the image writer knows; it stores them into these statics when it lays
 * the image out. Read-only at run time. (Where compiled code is: {@code vm.runtime.CodeMap}.)
 */
public final class BootImageInfo {
    /** The Torito version the image was built with. */
    public static String version;
    /** First byte after the image (page aligned): the heap starts here. */
    public static long imageEnd;
    /** Lowest address of the boot stack (it grows down from the page tables' end + its size). */
    public static long stackBottom;

    private BootImageInfo() {
    }
}
