package org.torito.vm.classlib;

import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/** java.util.zip loads libzip for its natives; an image's are substitutions (see BootLoader's). */
@TargetClass("java.util.zip.ZipUtils")
final class Target_java_util_zip_ZipUtils {
    private Target_java_util_zip_ZipUtils() {
    }

    @Substitute
    static void loadLibrary() {
    }
}
