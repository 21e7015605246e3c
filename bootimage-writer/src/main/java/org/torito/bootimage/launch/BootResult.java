package org.torito.bootimage.launch;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What one boot did. Times count from the moment QEMU was started, in nanoseconds of the runner's clock,
 * so that a boot-time benchmark can compare images on the same command line (ARCHITECTURE.md §9).
 *
 * @param outcome how the boot ended
 * @param exitCode the guest's exit code for {@link BootOutcome#EXITED}, else the outcome's own code
 * @param programOutput every console byte outside kernel-log lines, unchanged
 * @param kernelLog the kernel-log lines, without their marker
 * @param qemuStderr what QEMU wrote to its standard error (UTF-8)
 * @param firstByteNanos launch to the first console byte, or -1 when the guest wrote none
 * @param firstProgramByteNanos launch to the first byte of program output (not kernel log), or -1
 * @param exitNanos launch to QEMU's exit (to the timeout, for {@link BootOutcome#TIMED_OUT})
 * @param command the QEMU command line that ran
 * @param accel the accelerator QEMU ran with, KVM or TCG
 */
public record BootResult(BootOutcome outcome, int exitCode, byte[] programOutput, byte[] kernelLog,
        String qemuStderr, long firstByteNanos, long firstProgramByteNanos, long exitNanos, List<String> command,
        Accel accel) {

    public BootResult {
        programOutput = programOutput.clone();
        kernelLog = kernelLog.clone();
        command = List.copyOf(command);
    }

    /** A copy of the program output bytes. */
    @Override
    public byte[] programOutput() {
        return programOutput.clone();
    }

    /** A copy of the kernel-log bytes. */
    @Override
    public byte[] kernelLog() {
        return kernelLog.clone();
    }

    /** The program output decoded as UTF-8, the encoding of Torito's {@code System.out}. */
    public String programOutputText() {
        return new String(programOutput, StandardCharsets.UTF_8);
    }

    /** The kernel log decoded as UTF-8. */
    public String kernelLogText() {
        return new String(kernelLog, StandardCharsets.UTF_8);
    }

    /** Whether the runner stopped QEMU at the timeout. */
    public boolean timedOut() {
        return outcome == BootOutcome.TIMED_OUT;
    }

    /** Whether the guest wrote a console byte, so that {@link #firstByteNanos()} is a time. */
    public boolean wroteOutput() {
        return firstByteNanos >= 0;
    }

    /** Outcome, exit code and times in one line: for test failures and {@code --verbose}. */
    public String summary() {
        String first = wroteOutput() ? String.format("first console byte after %.1f ms", firstByteNanos / 1e6)
                : "no console output";
        return String.format("%s with exit code %d under %s; %s, QEMU ended after %.1f ms", outcome, exitCode,
                accel.qemuName(), first, exitNanos / 1e6);
    }
}
