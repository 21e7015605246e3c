package org.torito.kernel.time;

import org.torito.vm.Magic;

/**
 * The real-time clock of the PC's CMOS (MC146818-compatible, which QEMU emulates with the host's time in
 * UTC): read once at boot to give the wall clock its origin. Registers are selected through port 0x70 and
 * read through 0x71; the date may be BCD or binary and the hour 12- or 24-hour, as status register B says.
 */
public final class Rtc {
    private static final int SELECT = 0x70;
    private static final int DATA = 0x71;
    private static final int SECONDS = 0x00;
    private static final int MINUTES = 0x02;
    private static final int HOURS = 0x04;
    private static final int DAY = 0x07;
    private static final int MONTH = 0x08;
    private static final int YEAR = 0x09;
    private static final int CENTURY = 0x32; // the ACPI FADT's default century register, which QEMU fills
    private static final int STATUS_A = 0x0A;
    private static final int STATUS_B = 0x0B;
    private static final int UPDATE_IN_PROGRESS = 0x80;
    private static final int BINARY = 0x04;
    private static final int HOURS_24 = 0x02;
    private static final int PM = 0x80;
    private static final int MAX_TRIES = 1_000_000;

    private Rtc() {
    }

    /**
     * Seconds since 1970-01-01T00:00Z as the RTC tells, or -1 if it never showed a stable time. Reads until
     * two reads outside an update agree, as the clock may tick between the registers.
     */
    public static long epochSeconds() {
        long previous = -2;
        for (int i = 0; i < MAX_TRIES; i++) {
            if ((read(STATUS_A) & UPDATE_IN_PROGRESS) != 0) {
                continue;
            }
            long now = readOnce();
            if (now == previous) {
                return now;
            }
            previous = now;
        }
        return -1;
    }

    private static long readOnce() {
        int status = read(STATUS_B);
        boolean bcd = (status & BINARY) == 0;
        int second = field(read(SECONDS), bcd);
        int minute = field(read(MINUTES), bcd);
        int rawHour = read(HOURS);
        int hour = field(rawHour & ~PM, bcd);
        if ((status & HOURS_24) == 0) { // 12-hour clock: 12 AM is 0, 12 PM is 12
            hour = hour % 12 + ((rawHour & PM) != 0 ? 12 : 0);
        }
        int day = field(read(DAY), bcd);
        int month = field(read(MONTH), bcd);
        int century = field(read(CENTURY), bcd);
        int year = field(read(YEAR), bcd) + (century >= 19 && century <= 99 ? century * 100 : 2000);
        return daysSinceEpoch(year, month, day) * 86_400L + hour * 3600L + minute * 60L + second;
    }

    /**
     * Days from 1970-01-01 to the given proleptic Gregorian date: count from a year that starts in March, so
     * the leap day is the last day of its year, in 400-year eras of 146,097 days.
     */
    static long daysSinceEpoch(int year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        long dayOfYear = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468; // 719,468 days from 0000-03-01 to 1970-01-01
    }

    private static int field(int value, boolean bcd) {
        return bcd ? (value >> 4) * 10 + (value & 0x0F) : value;
    }

    private static int read(int register) {
        Magic.outByte(SELECT, register);
        return Magic.inByte(DATA) & 0xFF;
    }
}
