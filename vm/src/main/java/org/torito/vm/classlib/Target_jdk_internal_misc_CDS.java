package org.torito.vm.classlib;

import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/**
 * Class-data sharing: an image has no CDS archive, so there is nothing to restore; callers such as
 * {@code Integer.IntegerCache} then build their tables themselves, as HotSpot does without an archive; and
 * nothing is dumped.
 */
@TargetClass("jdk.internal.misc.CDS")
final class Target_jdk_internal_misc_CDS {
    private Target_jdk_internal_misc_CDS() {
    }

    @Substitute
    public static void initializeFromArchive(Class<?> c) {
    }

    @Substitute
    private static boolean isDumpingClassList0() {
        return false;
    }

    @Substitute
    private static boolean isDumpingArchive0() {
        return false;
    }

    @Substitute
    private static boolean isSharingEnabled0() {
        return false;
    }

    /** Only used while dumping an archive, which an image never does (HotSpot also answers 0 then). */
    @Substitute
    public static long getRandomSeedForDumping() {
        return 0;
    }
}
