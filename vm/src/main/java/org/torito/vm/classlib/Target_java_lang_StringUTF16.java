package org.torito.vm.classlib;

import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/** {@code java.lang.StringUTF16}: x86 is little-endian. */
@TargetClass("java.lang.StringUTF16")
final class Target_java_lang_StringUTF16 {
    private Target_java_lang_StringUTF16() {
    }

    @Substitute
    private static boolean isBigEndian() {
        return false;
    }
}
