package org.torito.vm.classlib;

import org.torito.vm.annotation.Alias;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/**
 * The constants HotSpot injects into {@code jdk.internal.misc.UnsafeConstants} after its static initializer
 * has set them to zero: here the static initializer itself sets Torito's values (x86-64, 4 KiB pages,
 * unaligned access allowed, no cache-line flush instruction in use).
 */
@TargetClass("jdk.internal.misc.UnsafeConstants")
final class Target_jdk_internal_misc_UnsafeConstants {
    @Alias
    static int ADDRESS_SIZE0;
    @Alias
    static int PAGE_SIZE;
    @Alias
    static boolean BIG_ENDIAN;
    @Alias
    static boolean UNALIGNED_ACCESS;
    @Alias
    static int DATA_CACHE_LINE_FLUSH_SIZE;

    private Target_jdk_internal_misc_UnsafeConstants() {
    }

    @Substitute(name = "<clinit>")
    static void initialize() {
        ADDRESS_SIZE0 = 8;
        PAGE_SIZE = 4096;
        BIG_ENDIAN = false;
        UNALIGNED_ACCESS = true;
        DATA_CACHE_LINE_FLUSH_SIZE = 0;
    }
}
