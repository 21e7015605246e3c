package org.torito.vm.classlib;

import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/**
 * The JDK loads its native libraries ({@code libnet}, {@code libzip}, ...) before calling their methods; in
 * an image every native is a substitution linked at build time, so there is nothing to load.
 */
@TargetClass("jdk.internal.loader.BootLoader")
final class Target_jdk_internal_loader_BootLoader {
    private Target_jdk_internal_loader_BootLoader() {
    }

    @Substitute
    public static void loadLibrary(String name) {
    }

    /** Tells HotSpot which module the boot loader's unnamed classes are in; an image has no such registry. */
    @Substitute
    private static void setBootLoaderUnnamedModule0(Module module) {
    }
}
