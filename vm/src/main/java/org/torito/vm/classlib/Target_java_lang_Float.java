package org.torito.vm.classlib;

import org.torito.vm.Magic;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/** {@code Float}'s bit conversions: floats already travel as their bits, so these move nothing. */
@TargetClass("java.lang.Float")
final class Target_java_lang_Float {
    private Target_java_lang_Float() {
    }

    @Substitute
    public static int floatToRawIntBits(float value) {
        return Magic.floatToRawIntBits(value);
    }

    @Substitute
    public static float intBitsToFloat(int bits) {
        return Magic.intBitsToFloat(bits);
    }
}
