package org.torito.vm.classlib;

import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/** {@code AtomicLong} asks whether the CPU has a lock-free 8-byte compare-and-swap: x86-64 has. */
@TargetClass("java.util.concurrent.atomic.AtomicLong")
final class Target_java_util_concurrent_atomic_AtomicLong {
    private Target_java_util_concurrent_atomic_AtomicLong() {
    }

    @Substitute
    private static boolean VMSupportsCS8() {
        return true;
    }
}
