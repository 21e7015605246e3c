package org.torito.kernel.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;

/** The RTC's calendar arithmetic against java.time's proleptic Gregorian calendar. */
class RtcProperties {
    @Property(tries = 5_000)
    void daysSinceEpochMatchesJavaTime(@ForAll @LongRange(min = -800_000, max = 3_000_000) long epochDay) {
        LocalDate date = LocalDate.ofEpochDay(epochDay);
        assertEquals(epochDay, Rtc.daysSinceEpoch(date.getYear(), date.getMonthValue(), date.getDayOfMonth()),
                date::toString);
    }
}
