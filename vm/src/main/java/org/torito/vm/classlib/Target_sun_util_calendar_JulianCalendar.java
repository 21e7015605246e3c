package org.torito.vm.classlib;

import org.torito.vm.annotation.Alias;
import org.torito.vm.annotation.TargetClass;

/** Names the Julian calendar's constructor for {@link Target_sun_util_calendar_CalendarSystem}. */
@TargetClass("sun.util.calendar.JulianCalendar")
final class Target_sun_util_calendar_JulianCalendar {
    @Alias
    Target_sun_util_calendar_JulianCalendar() {
    }
}
