package org.torito.vm.classlib;

import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/** {@code java.lang.Class} as far as the runtime needs it today: assertions are off, as {@code java} runs. */
@TargetClass("java.lang.Class")
final class Target_java_lang_Class {
    private Target_java_lang_Class() {
    }

    @Substitute
    public boolean desiredAssertionStatus() {
        return false;
    }
}
