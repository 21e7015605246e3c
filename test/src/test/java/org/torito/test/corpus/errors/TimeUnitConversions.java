package org.torito.test.corpus.errors;

import java.util.concurrent.TimeUnit;

/** TimeUnit conversions between every pair of units, truncation, saturation at the long limits, enum order. */
public final class TimeUnitConversions {
    private TimeUnitConversions() {
    }

    public static void main(String[] args) {
        TimeUnit[] units = TimeUnit.values();
        for (TimeUnit u : units) {
            System.out.printf("%-12s ordinal=%d nanos=%d micros=%d millis=%d seconds=%d minutes=%d%n", u,
                    u.ordinal(), u.toNanos(1), u.toMicros(1), u.toMillis(1), u.toSeconds(1), u.toMinutes(1));
        }
        long[] samples = {0, 1, 59, 60, 61, 3599, 86_400, -1, -61, 1_000_000_007L};
        for (long s : samples) {
            System.out.println(s + "s = " + TimeUnit.SECONDS.toMillis(s) + "ms = " + TimeUnit.SECONDS.toMinutes(s)
                    + "min = " + TimeUnit.SECONDS.toHours(s) + "h = " + TimeUnit.SECONDS.toDays(s) + "d");
        }
        System.out.println(TimeUnit.DAYS.toNanos(Long.MAX_VALUE) + " " + TimeUnit.DAYS.toNanos(Long.MIN_VALUE) + " "
                + TimeUnit.HOURS.toMillis(Long.MAX_VALUE / 1000) + " " + TimeUnit.MILLISECONDS.toNanos(-Long.MAX_VALUE));
        System.out.println(TimeUnit.DAYS.toNanos(106_751) + " " + TimeUnit.DAYS.toNanos(106_752));
        System.out.println(TimeUnit.NANOSECONDS.convert(3, TimeUnit.DAYS) + " "
                + TimeUnit.HOURS.convert(10_000, TimeUnit.SECONDS) + " " + TimeUnit.MINUTES.convert(-90, TimeUnit.SECONDS)
                + " " + TimeUnit.SECONDS.convert(Long.MAX_VALUE, TimeUnit.DAYS) + " "
                + TimeUnit.MICROSECONDS.convert(Long.MIN_VALUE, TimeUnit.MILLISECONDS));
        StringBuilder sb = new StringBuilder();
        for (TimeUnit from : units) {
            for (TimeUnit to : units) {
                sb.append(Long.signum(to.convert(1, from) - 1) + 1);
            }
            sb.append(' ');
        }
        System.out.println(sb.toString().trim());
        System.out.println(TimeUnit.valueOf("MINUTES").compareTo(TimeUnit.SECONDS) + " " + TimeUnit.MILLISECONDS.name()
                + " " + TimeUnit.valueOf("DAYS").getDeclaringClass().getSimpleName());
        try {
            TimeUnit.valueOf("fortnights");
        } catch (IllegalArgumentException e) {
            System.out.println(e.getMessage());
        }
        try {
            TimeUnit.valueOf(null);
        } catch (NullPointerException e) {
            System.out.println("valueOf(null): " + e.getMessage());
        }
    }
}
