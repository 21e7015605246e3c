package org.torito.vm.classlib;

import org.torito.vm.annotation.Alias;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;
import org.torito.vm.runtime.Clock;

/**
 * The JDK's view of its virtual machine. {@code initialize} registers HotSpot's natives, which an image does
 * not have; the saved system properties are empty until the image carries system properties, so tunables
 * such as {@code java.lang.Integer.IntegerCache.high} keep their defaults.
 */
@TargetClass("jdk.internal.misc.VM")
final class Target_jdk_internal_misc_VM {
    private Target_jdk_internal_misc_VM() {
    }

    @Alias
    public static void initLevel(int value) {
        throw new AssertionError("alias");
    }

    @Substitute
    private static void initialize() {
    }

    @Substitute
    public static String getSavedProperty(String key) {
        return null;
    }

    /**
     * The wall clock in nanoseconds relative to {@code offsetSeconds} since the epoch, or -1 when that does
     * not fit a long: what {@code Instant.now()} reads.
     */
    @Substitute
    public static long getNanoTimeAdjustment(long offsetSeconds) {
        long now = Clock.epochNanos();
        long seconds = Math.floorDiv(now, 1_000_000_000L) - offsetSeconds;
        if (seconds > Long.MAX_VALUE / 1_000_000_000L - 1 || seconds < Long.MIN_VALUE / 1_000_000_000L + 1) {
            return -1;
        }
        return seconds * 1_000_000_000L + Math.floorMod(now, 1_000_000_000L);
    }
}
