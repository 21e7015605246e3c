package org.torito.vm.runtime;

/**
 * Stack overflow detection (JVMS §2.5.2: StackOverflowError, catchable). Every compiled method's prologue
 * compares what its frame will need with {@link #limit}; below it, the method lowers the limit by
 * {@link #RED_ZONE_BYTES} — room for creating and delivering the error — and calls
 * {@link Traps#stackOverflow}. Delivery puts the limit back before the handler runs.
 *
 * <p>One stack for now, the boot CPU's; with threads, the limit moves into the per-CPU block and is switched
 * with the thread.
 */
public final class Stacks {
    /** Reserved at the bottom of a stack for throwing StackOverflowError. */
    public static final long RED_ZONE_BYTES = 32 * 1024;

    /** Lowest address frames may use outside the red zone; 0 (no checks) until {@link #init}. */
    public static long limit;
    /** Lowest address of the stack. */
    private static long bottom;

    private Stacks() {
    }

    /** The current stack occupies {@code [bottom, top)}. */
    public static void init(long stackBottom) {
        bottom = stackBottom;
        limit = stackBottom + RED_ZONE_BYTES;
    }

    /** Ends the use of the red zone: called when an exception reaches its handler. */
    static void leaveRedZone() {
        if (bottom != 0) {
            limit = bottom + RED_ZONE_BYTES;
        }
    }
}
