package org.torito.vm.classlib;

import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;
import org.torito.vm.gc.Heap;

/**
 * {@code java.lang.Runtime}'s view of the machine: one core until the SMP kernel lands, and the heap, which
 * is laid out whole at boot (total = max).
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
        return Heap.freeBytes();
    }

    @Substitute
    public long totalMemory() {
        return Heap.capacityBytes();
    }

    @Substitute
    public long maxMemory() {
        return Heap.capacityBytes();
    }

    /** A full collection, after which cleared references are on their queues. */
    @Substitute
    public void gc() {
        Heap.collectNow();
    }
}
