package org.torito.vm.classlib;

import org.torito.vm.annotation.Alias;
import org.torito.vm.annotation.TargetClass;

/** Names the factory of local Gregorian calendars (the Japanese one) for CalendarSystem's substitution. */
@TargetClass("sun.util.calendar.LocalGregorianCalendar")
final class Target_sun_util_calendar_LocalGregorianCalendar {
    private Target_sun_util_calendar_LocalGregorianCalendar() {
    }

    @Alias
    static Target_sun_util_calendar_LocalGregorianCalendar getLocalGregorianCalendar(String name) {
        throw new AssertionError("alias");
    }
}
