package org.torito.kernel.boot;

import org.torito.vm.Magic;

/**
 * Leaving the VM with an exit code through QEMU's {@code isa-debug-exit} device (the launcher adds it at
 * port 0xf4): QEMU then exits with status {@code (code << 1) | 1}, which the launcher maps back.
 */
public final class DebugExit {
    public static final int PORT = 0xF4;
    /** Exit code of a kernel panic (an unexpected CPU exception). */
    public static final int PANIC_EXIT_CODE = 101;

    private DebugExit() {
    }

    /** Exits with {@code code} (0-127); halts if the device is missing. */
    public static void exit(int code) {
        Magic.outInt(PORT, code);
        Magic.haltForever();
    }
}
