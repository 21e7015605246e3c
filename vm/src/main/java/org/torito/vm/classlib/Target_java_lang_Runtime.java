package org.torito.vm.classlib;

import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;
import org.torito.vm.runtime.Allocation;

/**
 * {@code java.lang.Runtime}'s view of the machine: one core until the SMP kernel lands, and the heap the
 * allocator was given, which is already all of it (total = max).
 */
@TargetClass("java.lang.Runtime")
final class Target_java_lang_Runtime {
    private Target_java_lang_Runtime() {
    }

    @Substitute
    public int availableProcessors() {
        return 1;
    }

    @Substitute
    public long freeMemory() {
        return Allocation.freeBytes();
    }

    @Substitute
    public long totalMemory() {
        return Allocation.capacityBytes();
    }

    @Substitute
    public long maxMemory() {
        return Allocation.capacityBytes();
    }

    /** A hint (JLS): there is no collector yet to run (issue #6). */
    @Substitute
    public void gc() {
    }
}
