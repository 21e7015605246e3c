package org.torito.vm.classlib;

import org.torito.vm.Magic;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;
import org.torito.vm.math.Log;

/** {@code StrictMath}'s fdlibm natives, from {@code vm.math}; the others fail the build until written. */
@TargetClass("java.lang.StrictMath")
final class Target_java_lang_StrictMath {
    private Target_java_lang_StrictMath() {
    }

    @Substitute
    public static double sqrt(double a) {
        return Magic.sqrt(a);
    }

    @Substitute
    public static double log(double a) {
        return Log.log(a);
    }
}
