package org.torito.test.objects;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * java.time on bare metal: dates, times, periods and durations, instants with offsets, the wall clock, ISO
 * and numeric pattern formatting (text fields such as month names need locale data images lack).
 */
public final class JavaTimeBasics {
    private JavaTimeBasics() {
    }

    public static void main(String[] args) {
        LocalDate d = LocalDate.of(2024, 1, 31);
        System.out.println(d.plusMonths(1) + " " + d.getDayOfWeek() + " " + d.isLeapYear() + " " + d.lengthOfYear());
        System.out.println(Duration.ofMinutes(135).plusSeconds(7) + " " + Period.between(d, LocalDate.of(2025, 3, 1)));
        LocalDateTime t = LocalDateTime.of(2024, 2, 29, 13, 45, 30);
        System.out.println(t + " " + DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(t) + " " + t.truncatedTo(ChronoUnit.HOURS));
        System.out.println(ChronoUnit.DAYS.between(d, LocalDate.of(2024, 12, 25)) + " " + YearMonth.of(2024, 2).lengthOfMonth());
        Instant i = Instant.ofEpochSecond(1_700_000_000L, 123_456_789);
        System.out.println(i + " " + i.atOffset(ZoneOffset.ofHours(2)) + " " + OffsetDateTime.ofInstant(i, ZoneOffset.UTC).getYear());
        System.out.println(Instant.now().isAfter(i) + " " + (System.currentTimeMillis() > 0));
        System.out.println(DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm").format(t));
    }
}
