package org.torito.vm.runtime;

import org.torito.vm.Magic;

/**
 * The monotonic clock behind {@code System.nanoTime}: the time-stamp counter (invariant on the CPUs and
 * under the hypervisors we run on) scaled by its rate, which the kernel measures at boot. Nanoseconds count
 * from that calibration. The wall clock ({@code System.currentTimeMillis}) is the monotonic clock plus the
 * real time the kernel read from the RTC when the clock started.
 */
public final class Clock {
    private static long ticksPerSecond;
    private static long origin;
    /** Nanoseconds since 1970-01-01T00:00Z at the clock's origin; set by {@link #setWallClock}. */
    private static long wallClockAtOrigin;

    private Clock() {
    }

    /** Called once by the kernel with the TSC's measured rate; the clock reads 0 now. */
    public static void start(long tscTicksPerSecond) {
        ticksPerSecond = tscTicksPerSecond;
        origin = Magic.readTimestampCounter();
    }

    /** Called by the kernel with the real time as of now, in nanoseconds since the epoch (UTC). */
    public static void setWallClock(long epochNanos) {
        wallClockAtOrigin = epochNanos - nanoTime();
    }

    /** Nanoseconds since 1970-01-01T00:00Z (UTC, no leap seconds), as well as the RTC told. */
    public static long epochNanos() {
        return wallClockAtOrigin + nanoTime();
    }

    /** The TSC's rate as measured, or 0 before the kernel started the clock. */
    public static long ticksPerSecond() {
        return ticksPerSecond;
    }

    /** Nanoseconds since the clock started; fails if the kernel could not measure the TSC's rate. */
    public static long nanoTime() {
        long rate = ticksPerSecond;
        if (rate <= 0) {
            throw new IllegalStateException("no clock: the kernel could not measure the TSC's rate at boot");
        }
        long ticks = Magic.readTimestampCounter() - origin;
        // split so that ticks * 10^9 cannot overflow: whole seconds, then the remainder (< rate < 2^33)
        return ticks / rate * 1_000_000_000L + ticks % rate * 1_000_000_000L / rate;
    }
}
