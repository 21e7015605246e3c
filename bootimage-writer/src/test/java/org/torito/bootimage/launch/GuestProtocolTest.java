package org.torito.bootimage.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The exit-code protocol: QEMU status to guest exit code ({@link GuestProtocol}, {@link BootOutcome}). */
class GuestProtocolTest {

    @ParameterizedTest(name = "status {0} -> guest code {1}")
    @CsvSource({"1, 0", "3, 1", "11, 5", "85, 42", "255, 127"})
    void guestExitCode_oddStatus_isStatusShiftedRight(int status, int guestCode) {
        assertEquals(OptionalInt.of(guestCode), GuestProtocol.guestExitCode(status));
    }

    @ParameterizedTest(name = "status {0} -> no guest code")
    @CsvSource({"0", "2", "134"})
    void guestExitCode_evenStatus_isEmpty(int status) {
        assertEquals(OptionalInt.empty(), GuestProtocol.guestExitCode(status));
    }

    @Test
    void guestExitCode_everyCodeUpToTheMaximum_survivesTheRoundTrip() {
        for (int code = 0; code <= GuestProtocol.MAX_GUEST_EXIT_CODE; code++) {
            int status = ((code << 1) | 1) & 0xFF; // what QEMU does, and what the OS keeps of it

            assertEquals(OptionalInt.of(code), GuestProtocol.guestExitCode(status));
        }
    }

    @Test
    void classify_oddStatus_isExited() {
        assertEquals(BootOutcome.EXITED, BootOutcome.classify(false, 11, ""));
    }

    @Test
    void classify_statusOneWithoutErrors_isGuestExitZero() {
        assertEquals(BootOutcome.EXITED, BootOutcome.classify(false, 1, ""));
    }

    @Test
    void classify_statusOneWithOnlyWarnings_isGuestExitZero() {
        String stderr = "qemu-system-x86_64: warning: host doesn't support requested feature\n";

        assertEquals(BootOutcome.EXITED, BootOutcome.classify(false, 1, stderr));
    }

    @Test
    void classify_statusOneWithQemuError_isQemuFailed() {
        String stderr = "qemu-system-x86_64: -drive file=a.img: machine type does not support if=ide\n";

        assertEquals(BootOutcome.QEMU_FAILED, BootOutcome.classify(false, 1, stderr));
    }

    @Test
    void classify_statusOneWithShortQemuPrefix_isQemuFailed() {
        assertEquals(BootOutcome.QEMU_FAILED, BootOutcome.classify(false, 1, "qemu: invalid kernel header\n"));
    }

    @Test
    void classify_kvmInternalError_isQemuFailedWhateverTheStatus() {
        String stderr = "KVM internal error. Suberror: 1\nemulation failure\n";

        assertEquals(BootOutcome.QEMU_FAILED, BootOutcome.classify(false, 0, stderr));
    }

    @Test
    void classify_statusZero_isNoExitCode() {
        assertEquals(BootOutcome.NO_EXIT_CODE, BootOutcome.classify(false, 0, ""));
    }

    @Test
    void classify_evenNonZeroStatus_isQemuFailed() {
        assertEquals(BootOutcome.QEMU_FAILED, BootOutcome.classify(false, 134, "Aborted\n"));
    }

    @Test
    void classify_timedOut_winsOverAnyStatus() {
        assertEquals(BootOutcome.TIMED_OUT, BootOutcome.classify(true, 11, ""));
    }

    @Test
    void exitCodes_followGnuTimeout() {
        assertEquals(124, BootOutcome.TIMED_OUT.exitCode());
        assertEquals(125, BootOutcome.NO_EXIT_CODE.exitCode());
        assertEquals(126, BootOutcome.QEMU_FAILED.exitCode());
    }
}
