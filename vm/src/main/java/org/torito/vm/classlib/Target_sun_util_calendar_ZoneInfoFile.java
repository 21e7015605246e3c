package org.torito.vm.classlib;

import org.torito.vm.annotation.Alias;
import org.torito.vm.annotation.TargetClass;

/** The time-zone database's tables, which {@link Target_sun_util_calendar_ZoneInfoFile_1} fills. */
@TargetClass("sun.util.calendar.ZoneInfoFile")
final class Target_sun_util_calendar_ZoneInfoFile {
    @Alias
    static String versionId;
    @Alias
    static byte[][] ruleArray;
    @Alias
    static String[] regions;
    @Alias
    static int[] indices;

    private Target_sun_util_calendar_ZoneInfoFile() {
    }
}
