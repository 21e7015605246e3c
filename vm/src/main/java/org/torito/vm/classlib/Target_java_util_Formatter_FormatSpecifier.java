package org.torito.vm.classlib;

import java.util.Locale;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/**
 * {@code %t} and {@code %T} conversions need calendars and date-format symbols from the locale providers,
 * which images do not carry yet; every other conversion is the JDK's.
 */
@TargetClass("java.util.Formatter$FormatSpecifier")
final class Target_java_util_Formatter_FormatSpecifier {
    private Target_java_util_Formatter_FormatSpecifier() {
    }

    @Substitute
    private void printDateTime(Object arg, Locale l) {
        throw new UnsupportedOperationException("date/time conversions (%t, %T) are not supported in Torito"
                + " images yet: they need calendar and locale data the image does not carry");
    }
}
