package org.torito.vm.classlib;

import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/**
 * {@code java.lang.Throwable} without HotSpot's stack walking: {@code fillInStackTrace} records nothing yet.
 * The stack walker ({@code vm.runtime.CodeMap}) will fill in the frames with the class library issue.
 */
@TargetClass("java.lang.Throwable")
final class Target_java_lang_Throwable {
    private Target_java_lang_Throwable() {
    }

    @Substitute
    public synchronized Target_java_lang_Throwable fillInStackTrace() {
        return this;
    }
}
