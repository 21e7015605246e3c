package org.torito.vm.classlib;

import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/** The platform's time zone: the image keeps UTC, as its RTC does, and names it GMT as the JDK does by default. */
@TargetClass("java.util.TimeZone")
final class Target_java_util_TimeZone {
    private Target_java_util_TimeZone() {
    }

    /** null: no platform zone configured, so the JDK falls back to its GMT. */
    @Substitute
    private static String getSystemTimeZoneID(String javaHome) {
        return null;
    }

    @Substitute
    private static String getSystemGMTOffsetID() {
        return "GMT";
    }
}
