package org.torito.vm.gc;

/**
 * What the collector reports (kernel option {@code gc.verbose}): one line per collection. The kernel
 * substitutes these methods to print on its log; they take numbers, not strings, so that reporting
 * allocates nothing.
 */
public final class GcLog {
    private GcLog() {
    }

    /**
     * Collection {@code number} ran because of {@code cause} ({@link Heap#CAUSE_ALLOCATION} or
     * {@link Heap#CAUSE_SYSTEM_GC}): the heap held {@code usedBefore} bytes and holds {@code usedAfter} of
     * {@code capacity}; the program stopped for {@code pauseNanos}.
     */
    public static void collection(int number, int cause, long usedBefore, long usedAfter, long capacity,
                                  long pauseNanos) {
    }
}
