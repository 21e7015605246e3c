package org.torito.vm.classlib;

import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/**
 * The action that loads the JDK's time-zone database from {@code $JAVA_HOME/lib/tzdb.dat}: an image has no
 * file system yet, so the database is empty, and every zone ID resolves as the JDK resolves an ID it does
 * not know, to GMT ({@code TimeZone.getDefault()} is GMT, which is also what the RTC keeps).
 */
@TargetClass("sun.util.calendar.ZoneInfoFile$1")
final class Target_sun_util_calendar_ZoneInfoFile_1 {
    private Target_sun_util_calendar_ZoneInfoFile_1() {
    }

    @Substitute
    public Void run() {
        Target_sun_util_calendar_ZoneInfoFile.versionId = "none";
        Target_sun_util_calendar_ZoneInfoFile.regions = new String[0];
        Target_sun_util_calendar_ZoneInfoFile.ruleArray = new byte[0][];
        Target_sun_util_calendar_ZoneInfoFile.indices = new int[0];
        return null;
    }
}
