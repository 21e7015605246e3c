package org.torito.vm.classlib;

import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/**
 * The JDK's view of its virtual machine. {@code initialize} registers HotSpot's natives, which an image does
 * not have; the saved system properties are empty until the image carries system properties, so tunables
 * such as {@code java.lang.Integer.IntegerCache.high} keep their defaults.
 */
@TargetClass("jdk.internal.misc.VM")
final class Target_jdk_internal_misc_VM {
    private Target_jdk_internal_misc_VM() {
    }

    @Substitute
    private static void initialize() {
    }

    @Substitute
    public static String getSavedProperty(String key) {
        return null;
    }
}
