package org.torito.vm.runtime;

/**
 * Stack overflow detection (JVMS §2.5.2: StackOverflowError, catchable). A compiled method's prologue
 * compares the stack pointer (less its operand stack, when that is larger than {@link #MARGIN_BYTES} / 2)
 * with {@link #limit}; below it, the method lowers the limit by {@link #RED_ZONE_BYTES} — room for creating
 * and delivering the error — and calls {@link Traps#stackOverflow}. Delivery puts the limit back before the
 * handler runs.
 *
 * <p>The limit lies {@link #MARGIN_BYTES} above the red zone, so a method that passed its check may use
 * half of the margin for its operand stack, and the other half is there for a callee that calls no Java
 * method and has a frame of at most {@link #UNCHECKED_FRAME_BYTES}: such leaves (getters, small loops) skip
 * the check. The runtime routines a leaf's slow paths call check their own frames.
 *
 * <p>One stack for now, the boot CPU's; with threads, the limit moves into the per-CPU block and is switched
 * with the thread.
 */
public final class Stacks {
    /** Reserved at the bottom of a stack for throwing StackOverflowError. */
    public static final long RED_ZONE_BYTES = 32 * 1024;
    /** Kept free above the red zone for a checked method's operand stack and an unchecked leaf's frame. */
    public static final long MARGIN_BYTES = 4 * 1024;
    /** The largest frame (return address, saved frame pointer, locals, operand stack) left unchecked. */
    public static final long UNCHECKED_FRAME_BYTES = 512;

    /** Lowest address a checked frame's stack pointer may have; 0 (no checks) until {@link #init}. */
    public static long limit;
    /** Lowest address of the stack. */
    private static long bottom;

    private Stacks() {
    }

    /** The current stack occupies {@code [bottom, top)}. */
    public static void init(long stackBottom) {
        bottom = stackBottom;
        limit = normalLimit();
    }

    /** The limit outside a stack overflow: the margin above the red zone. */
    private static long normalLimit() {
        return bottom + RED_ZONE_BYTES + MARGIN_BYTES;
    }

    /** Ends the use of the red zone: called when an exception reaches its handler. */
    static void leaveRedZone() {
        if (bottom != 0) {
            limit = normalLimit();
        }
    }
}
