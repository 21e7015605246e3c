package org.torito.vm.classlib;

import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/** No helpful NullPointerException messages (JEP 358) yet: HotSpot computes them from its bytecode analysis. */
@TargetClass("java.lang.NullPointerException")
final class Target_java_lang_NullPointerException {
    private Target_java_lang_NullPointerException() {
    }

    @Substitute
    private String getExtendedNPEMessage() {
        return null;
    }
}
