package org.torito.vm.classlib;

import org.torito.vm.annotation.Alias;
import org.torito.vm.annotation.Inject;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/**
 * The calendar systems by name, without the JDK's reflective instantiation of the Julian calendar: the three
 * java.base has (gregorian, julian, japanese), made directly; any other name has none, as in the JDK.
 */
@TargetClass("sun.util.calendar.CalendarSystem")
final class Target_sun_util_calendar_CalendarSystem {
    @Inject
    private static Target_sun_util_calendar_CalendarSystem julian;
    @Inject
    private static Target_sun_util_calendar_CalendarSystem japanese;

    private Target_sun_util_calendar_CalendarSystem() {
    }

    @Alias
    public static Target_sun_util_calendar_Gregorian getGregorianCalendar() {
        throw new AssertionError("alias");
    }

    @Substitute
    public static synchronized Target_sun_util_calendar_CalendarSystem forName(String calendarName) {
        switch (calendarName) {
            case "gregorian":
                return (Target_sun_util_calendar_CalendarSystem) (Object) getGregorianCalendar();
            case "julian":
                if (julian == null) {
                    julian = (Target_sun_util_calendar_CalendarSystem) (Object)
                            new Target_sun_util_calendar_JulianCalendar();
                }
                return julian;
            case "japanese":
                if (japanese == null) {
                    japanese = (Target_sun_util_calendar_CalendarSystem) (Object)
                            Target_sun_util_calendar_LocalGregorianCalendar.getLocalGregorianCalendar("japanese");
                }
                return japanese;
            default:
                return null;
        }
    }
}
