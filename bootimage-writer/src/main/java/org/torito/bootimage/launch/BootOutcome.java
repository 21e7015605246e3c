package org.torito.bootimage.launch;

import java.util.regex.Pattern;

/**
 * How a boot ended. Each outcome except {@link #EXITED} has its own exit code for {@code ./torito boot},
 * after GNU {@code timeout(1)}: 124 timed out, 125 the guest gave no exit code, 126 QEMU failed. The
 * package documentation lists them all with the codes that never reach QEMU.
 */
public enum BootOutcome {
    /** The guest wrote its exit code to the isa-debug-exit port; {@link BootResult#exitCode()} is that code. */
    EXITED(-1),
    /** The timeout passed and the runner stopped QEMU and its children. */
    TIMED_OUT(124),
    /**
     * QEMU ended with status 0: the guest reset (a triple fault, under {@code -no-reboot}), shut down, or
     * QEMU got SIGINT/SIGTERM. The serial log usually shows how far the guest got.
     */
    NO_EXIT_CODE(125),
    /**
     * QEMU did not run the guest: it rejected an option or the image (status 1 with an error on its stderr),
     * it died (an even status, 128 + the signal number), or KVM failed to run the guest
     * ({@link #KVM_INTERNAL_ERROR}) and the runner stopped QEMU.
     */
    QEMU_FAILED(126);

    /**
     * What QEMU prints when KVM cannot run the guest (a software KVM that cannot emulate an instruction, for
     * example while paging is off). QEMU then pauses the guest for ever instead of exiting, so the runner
     * stops it as soon as this appears rather than at the timeout.
     */
    public static final String KVM_INTERNAL_ERROR = "KVM internal error";

    /**
     * QEMU reports its own errors as {@code <program>: <message>} (for example {@code qemu-system-x86_64:
     * -drive ...: machine type does not support if=ide} or {@code qemu: could not open kernel file});
     * warnings say {@code warning:} after the program name and do not stop it.
     */
    private static final Pattern QEMU_ERROR_LINE =
            Pattern.compile("(?m)^qemu[^:\\s]*: (?!warning:)");

    private final int exitCode;

    BootOutcome(int exitCode) {
        this.exitCode = exitCode;
    }

    /** The process exit code for this outcome; for {@link #EXITED} the guest's code is used instead. */
    public int exitCode() {
        if (this == EXITED) {
            throw new IllegalStateException("EXITED has no exit code of its own: use the guest's");
        }
        return exitCode;
    }

    /**
     * Classifies a finished QEMU process. Status 1 is both "the guest wrote 0" and "QEMU failed to start";
     * an error line on QEMU's stderr decides, since a guest cannot write there. A KVM internal error wins
     * over the status, which is then that of QEMU stopped by the runner.
     *
     * @param timedOut whether the runner stopped QEMU at the timeout (its status then means nothing)
     * @param qemuStatus QEMU's exit status
     * @param qemuStderr everything QEMU wrote to its standard error
     */
    public static BootOutcome classify(boolean timedOut, int qemuStatus, String qemuStderr) {
        if (timedOut) {
            return TIMED_OUT;
        }
        if (qemuStderr.contains(KVM_INTERNAL_ERROR)) {
            return QEMU_FAILED;
        }
        if (qemuStatus == 0) {
            return NO_EXIT_CODE;
        }
        if (GuestProtocol.guestExitCode(qemuStatus).isEmpty()) {
            return QEMU_FAILED;
        }
        if (qemuStatus == 1 && QEMU_ERROR_LINE.matcher(qemuStderr).find()) {
            return QEMU_FAILED;
        }
        return EXITED;
    }
}
