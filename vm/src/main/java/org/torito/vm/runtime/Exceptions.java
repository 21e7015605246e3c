package org.torito.vm.runtime;

import org.torito.vm.Magic;
import org.torito.vm.object.ObjectLayout;

/**
 * Throwing: {@code athrow} and the exceptions the runtime raises, delivered by walking the frame-pointer
 * chain ({@link CodeMap} names each frame's method) to the first handler whose range covers the frame's
 * current instruction and whose type the exception has (JVMS §2.10, §6.5 athrow). The handler's frame is
 * resumed with its operand stack empty and the exception in rax, which the handler's entry pushes.
 */
public final class Exceptions {
    /** Where the exception being delivered was thrown: the throwing frame's continuation and frame pointer. */
    private static long thrownAt;
    private static long thrownFrame;

    private Exceptions() {
    }

    /** The return address into the method that threw the exception being delivered (for stack traces). */
    public static long thrownAt() {
        return thrownAt;
    }

    /** The frame pointer of the method that threw the exception being delivered. */
    public static long thrownFrame() {
        return thrownFrame;
    }

    /** Compiled {@code athrow}: throws {@code exception} (not null: the caller checked) from its caller. */
    public static void athrow(Throwable exception) {
        long frame = Magic.framePointer();
        deliver(exception, Frames.returnAddress(frame), Frames.caller(frame));
    }

    /**
     * Throws {@code exception} in the frame whose frame pointer is {@code framePointer} and which will continue
     * at {@code returnAddress}: the handler search starts at the instruction before it.
     */
    public static void deliver(Throwable exception, long returnAddress, long framePointer) {
        long tib = Magic.loadLong(Magic.objectAddress(exception) + ObjectLayout.TIB_OFFSET);
        thrownAt = returnAddress;
        thrownFrame = framePointer;
        long pc = returnAddress;
        long fp = framePointer;
        while (CodeMap.isCode(pc - 1)) { // the call, not the return address: it may be the code's very end
            long method = CodeMap.find(pc - 1);
            long handlers = method == 0 ? 0 : Magic.loadLong(method + CodeMap.HANDLERS);
            if (handlers != 0) {
                long count = Magic.loadLong(handlers);
                for (long i = 0; i < count; i++) {
                    long h = handlers + 8 + CodeMap.HANDLER_BYTES * i;
                    long type = Magic.loadLong(h + CodeMap.HANDLER_TYPE);
                    if (pc - 1 >= Magic.loadLong(h + CodeMap.HANDLER_START) && pc - 1 < Magic.loadLong(h + CodeMap.HANDLER_END)
                            && (type == 0 || TypeChecks.isSubtype(tib, type))) {
                        long stack = fp - 8L * Magic.loadInt(method + CodeMap.LOCALS);
                        Stacks.leaveRedZone();
                        Magic.resume(Magic.loadLong(h + CodeMap.HANDLER_ENTRY), stack, fp, exception);
                    }
                }
            }
            pc = Frames.returnAddress(fp);
            fp = Frames.caller(fp);
        }
        uncaught(exception);
    }

    /**
     * No frame handles {@code exception}: the VM reports it and exits with status 1, as {@code java} does.
     * Substituted by the kernel; never returns.
     */
    public static void uncaught(Throwable exception) {
        Magic.haltForever();
    }
}
