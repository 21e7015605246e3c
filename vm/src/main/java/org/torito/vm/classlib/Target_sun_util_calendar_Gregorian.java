package org.torito.vm.classlib;

import org.torito.vm.annotation.TargetClass;

/** Names {@code sun.util.calendar.Gregorian} (not exported) for CalendarSystem's substitution. */
@TargetClass("sun.util.calendar.Gregorian")
final class Target_sun_util_calendar_Gregorian {
    private Target_sun_util_calendar_Gregorian() {
    }
}
