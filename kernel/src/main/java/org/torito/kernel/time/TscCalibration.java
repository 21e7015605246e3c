package org.torito.kernel.time;

import org.torito.vm.Magic;

/**
 * Measures the time-stamp counter's rate against the 8254 PIT, whose input clock is fixed at 1.193182 MHz on
 * every PC-compatible machine (microvm, pc and q35 all have one). Channel 0 is set to count down from 65536
 * in mode 2 and read with latch commands while the TSC is sampled; interrupts are off, so the PIT's IRQ does
 * not matter. The run lasts {@value #CALIBRATION_TICKS} PIT ticks (5 ms, added to every boot): one tick of
 * uncertainty is 0.02 %. Where the CPU or hypervisor states the rate (CPUID leaf 0x15, KVM's pvclock) that
 * should replace the measurement and its 5 ms.
 */
public final class TscCalibration {
    private static final int PIT_HZ = 1_193_182;
    private static final int PIT_CHANNEL0 = 0x40;
    private static final int PIT_COMMAND = 0x43;
    private static final int CHANNEL0_LOHI_MODE2 = 0x34;
    private static final int LATCH_CHANNEL0 = 0x00;
    static final int CALIBRATION_TICKS = 5_966;
    /** Reads without the counter moving after which the PIT is taken to be absent. */
    private static final int STALLED_READS = 1_000_000;

    private TscCalibration() {
    }

    /** The TSC's ticks per second, or 0 if the PIT does not count. */
    public static long ticksPerSecond() {
        Magic.outByte(PIT_COMMAND, CHANNEL0_LOHI_MODE2);
        Magic.outByte(PIT_CHANNEL0, 0);
        Magic.outByte(PIT_CHANNEL0, 0); // reload value 0 means 65536
        int previous = readCounter();
        long pitTicks = 0;
        int stalled = 0;
        long start = Magic.readTimestampCounter();
        long end = start;
        while (pitTicks < CALIBRATION_TICKS) {
            int now = readCounter();
            int elapsed = (previous - now) & 0xFFFF; // counts down and wraps at 65536
            if (elapsed == 0) {
                if (++stalled > STALLED_READS) {
                    return 0;
                }
                continue;
            }
            stalled = 0;
            pitTicks += elapsed;
            previous = now;
            end = Magic.readTimestampCounter();
        }
        return (end - start) * PIT_HZ / pitTicks;
    }

    private static int readCounter() {
        Magic.outByte(PIT_COMMAND, LATCH_CHANNEL0);
        int low = Magic.inByte(PIT_CHANNEL0);
        int high = Magic.inByte(PIT_CHANNEL0);
        return low | (high << 8);
    }
}
