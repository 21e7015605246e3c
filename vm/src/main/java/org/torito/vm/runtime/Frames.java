package org.torito.vm.runtime;

import org.torito.vm.Magic;

/**
 * The one way to walk the stack: every compiled frame starts with the caller's frame pointer, and the
 * return address into the caller lies just above it ({@code compiler.baseline.Abi}). A walk goes from frame
 * pointer to frame pointer while return addresses point into compiled code ({@link CodeMap}); exception
 * delivery, stack traces and panics (and later the collector and the debugger) all walk this way.
 */
public final class Frames {
    /** Offset of the return address from a frame pointer. */
    public static final int RETURN_ADDRESS = 8;
    /** Offset of the caller's frame pointer from a frame pointer. */
    public static final int CALLER_FRAME = 0;

    private Frames() {
    }

    /** Where the method of frame {@code framePointer} returns to. */
    public static long returnAddress(long framePointer) {
        return Magic.loadLong(framePointer + RETURN_ADDRESS);
    }

    /** The frame pointer of the caller of the method of frame {@code framePointer}. */
    public static long caller(long framePointer) {
        return Magic.loadLong(framePointer + CALLER_FRAME);
    }

    /**
     * Whether a walk continues past frame {@code framePointer}: its method returns into compiled code. The
     * call instruction (return address - 1) is what lies in the caller's code; the return address itself may
     * be the first byte after it, when the call is the last instruction of the image's code.
     */
    public static boolean hasJavaCaller(long framePointer) {
        return framePointer != 0 && CodeMap.isCode(returnAddress(framePointer) - 1);
    }
}
