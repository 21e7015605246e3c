package org.torito.bootimage.launch;

import java.util.OptionalInt;

/**
 * What the runner and the kernel inside the guest agree on: where the console is, how the kernel marks its
 * own log lines, and how the guest reports its exit code. The kernel uses the same values on its side; until
 * the kernel module defines them, this class is the reference, and a change here is a change of both sides.
 *
 * <h2>Console</h2>
 * The guest writes everything, its own log and the program's {@code System.out}, to COM1
 * ({@link #CONSOLE_PORT}), which {@code -serial stdio} connects to QEMU's standard output. A line that the
 * kernel writes for itself starts with {@link #KERNEL_LOG_MARKER}; every other byte belongs to the program.
 * The runner splits the two ({@link SerialDemultiplexer}), so that {@code ./torito boot} prints exactly the
 * program's output on stdout, byte for byte, and tests can compare it with HotSpot's.
 *
 * <h2>Exit code</h2>
 * QEMU's {@code isa-debug-exit} device at {@link #DEBUG_EXIT_PORT} ends QEMU when the guest writes a value
 * {@code c} there (a 32-bit {@code out}), with exit status {@code (c << 1) | 1}. Only the low 8 bits of a
 * process status survive, so codes 0 to {@link #MAX_GUEST_EXIT_CODE} come back intact, and the status is
 * always odd. QEMU itself ends with status 0 on a guest reset under {@code -no-reboot} (a triple fault), on
 * a guest shutdown and on SIGINT/SIGTERM, and with status 1 when it cannot start (see
 * {@link BootOutcome#classify}).
 *
 * @see <a href="https://www.qemu.org/docs/master/system/devices/isa-debug-exit.html">isa-debug-exit</a>
 */
public final class GuestProtocol {
    /** COM1, the 16550 UART (I/O ports 0x3F8-0x3FF) that QEMU's {@code -serial stdio} connects to stdout. */
    public static final int CONSOLE_PORT = org.torito.kernel.console.Uart.COM1;

    /**
     * ASCII RS (record separator), the first byte of every console line the kernel writes for itself: boot
     * progress, warnings, panics. The runner sends such a line, without this byte, to the kernel log, and
     * every other byte to program output. RS never appears in ordinary text, so no program output is
     * mistaken for the kernel's. The marker counts only at the start of a line: the kernel ends an open
     * program line with {@code '\n'} before it writes its own.
     */
    public static final byte KERNEL_LOG_MARKER = (byte) org.torito.kernel.console.Console.LOG_MARKER;

    /** The I/O port of QEMU's {@code isa-debug-exit} device: the guest writes its exit code here. */
    public static final int DEBUG_EXIT_PORT = org.torito.kernel.boot.DebugExit.PORT;

    /** The width of {@link #DEBUG_EXIT_PORT} in bytes: the guest writes its code with a 32-bit {@code out}. */
    public static final int DEBUG_EXIT_IO_SIZE = 4;

    /** The largest guest exit code that survives QEMU's 8-bit status {@code (code << 1) | 1}. */
    public static final int MAX_GUEST_EXIT_CODE = 0xFF >> 1;

    private GuestProtocol() {
    }

    /**
     * The exit code the guest wrote, from QEMU's exit status: {@code status >> 1} when the status is odd,
     * as every isa-debug-exit status is; empty when it is even (0 = the guest stopped without writing one).
     * Status 1 is also QEMU's own start-up failure; {@link BootOutcome#classify} tells the two apart.
     */
    public static OptionalInt guestExitCode(int qemuStatus) {
        if ((qemuStatus & 1) == 0) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(qemuStatus >>> 1);
    }
}
