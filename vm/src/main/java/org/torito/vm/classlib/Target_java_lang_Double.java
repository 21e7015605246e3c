package org.torito.vm.classlib;

import org.torito.vm.Magic;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/** {@code Double}'s bit conversions: doubles already travel as their bits, so these move nothing. */
@TargetClass("java.lang.Double")
final class Target_java_lang_Double {
    private Target_java_lang_Double() {
    }

    @Substitute
    public static long doubleToRawLongBits(double value) {
        return Magic.doubleToRawLongBits(value);
    }

    @Substitute
    public static double longBitsToDouble(long bits) {
        return Magic.longBitsToDouble(bits);
    }
}
