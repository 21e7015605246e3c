package org.torito.vm.classlib;

import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/** The memory-access class behind NIO buffers: its accessors are plain Java over Unsafe. */
@TargetClass("jdk.internal.misc.ScopedMemoryAccess")
final class Target_jdk_internal_misc_ScopedMemoryAccess {
    private Target_jdk_internal_misc_ScopedMemoryAccess() {
    }

    @Substitute
    private static void registerNatives() {
    }
}
