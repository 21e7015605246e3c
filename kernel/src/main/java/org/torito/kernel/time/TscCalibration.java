package org.torito.kernel.time;

import org.torito.vm.Magic;

/**
 * Measures the time-stamp counter's rate against the 8254 PIT, whose input clock is fixed at 1.193182 MHz on
 * every PC-compatible machine (microvm, pc and q35 all have one). The measurement runs while the boot does
 * other work: {@link #start} sets channel 0 counting down once from 65535 (mode 0, about 55 ms) and samples
 * the TSC; {@link #finish} samples both again, waiting first if fewer than {@value #CALIBRATION_TICKS} PIT
 * ticks (5 ms: one tick of uncertainty is 0.02 %) have passed. If the count ran out (the work in between took
 * more than 55 ms), channel 0's output pin says so and the measurement starts again and waits. Interrupts are
 * off, so the PIT's IRQ does not matter. Where the CPU or hypervisor states the rate (CPUID leaf 0x15, KVM's
 * pvclock) that should replace the measurement.
 */
public final class TscCalibration {
    private static final int PIT_HZ = 1_193_182;
    private static final int PIT_CHANNEL0 = 0x40;
    private static final int PIT_COMMAND = 0x43;
    /** Channel 0, low then high byte, mode 0 (interrupt on terminal count: counts down once), binary. */
    private static final int CHANNEL0_LOHI_MODE0 = 0x30;
    private static final int LATCH_CHANNEL0 = 0x00;
    /** Read-back command latching channel 0's status only; bit 7 of the status is the OUT pin. */
    private static final int READ_BACK_STATUS_CHANNEL0 = 0xE2;
    private static final int STATUS_OUT = 0x80;
    private static final int FULL_COUNT = 0xFFFF;
    static final int CALIBRATION_TICKS = 5_966;
    /** Reads without the counter moving after which the PIT is taken to be absent. */
    private static final int STALLED_READS = 1_000_000;

    private static int startCount;
    private static long startTsc;

    private TscCalibration() {
    }

    /** Starts a measurement; {@link #finish} ends it. */
    public static void start() {
        Magic.outByte(PIT_COMMAND, CHANNEL0_LOHI_MODE0);
        Magic.outByte(PIT_CHANNEL0, FULL_COUNT & 0xFF);
        Magic.outByte(PIT_CHANNEL0, FULL_COUNT >>> 8);
        startCount = readCounter();
        startTsc = Magic.readTimestampCounter();
    }

    /**
     * The TSC's ticks per second measured since {@link #start}, waiting until the measurement has lasted long
     * enough; 0 if the PIT does not count.
     */
    public static long finish() {
        long rate = measure(true);
        if (rate < 0) { // the count ran out: measure again, waiting this time (5 ms cannot run out 55 ms)
            start();
            rate = measure(false);
        }
        return Math.max(rate, 0);
    }

    /**
     * The rate, 0 if the PIT is stalled, -1 if {@code mayHaveRunOut} and the one-shot count ran out before it
     * was read (or a PIT without read-back says so: the second measurement does not ask).
     */
    private static long measure(boolean mayHaveRunOut) {
        int stalled = 0;
        int previous = -1;
        while (true) {
            int now = readCounter();
            long tsc = Magic.readTimestampCounter();
            if (mayHaveRunOut && outputHigh()) {
                return -1; // read after the count: high means the count above may have wrapped
            }
            int elapsed = startCount - now;
            if (elapsed >= CALIBRATION_TICKS) {
                return (tsc - startTsc) * PIT_HZ / elapsed;
            }
            if (now == previous) {
                if (++stalled > STALLED_READS) {
                    return 0;
                }
            } else {
                stalled = 0;
                previous = now;
            }
        }
    }

    private static boolean outputHigh() {
        Magic.outByte(PIT_COMMAND, READ_BACK_STATUS_CHANNEL0);
        return (Magic.inByte(PIT_CHANNEL0) & STATUS_OUT) != 0;
    }

    private static int readCounter() {
        Magic.outByte(PIT_COMMAND, LATCH_CHANNEL0);
        int low = Magic.inByte(PIT_CHANNEL0);
        int high = Magic.inByte(PIT_CHANNEL0);
        return low | (high << 8);
    }
}
