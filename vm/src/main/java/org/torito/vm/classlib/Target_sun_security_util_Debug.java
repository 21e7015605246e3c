package org.torito.vm.classlib;

import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/**
 * Security debugging ({@code -Djava.security.debug}) cannot be asked for in an image: there is no debugger
 * for any component, as the JDK answers when the property is unset. (Its printing walks the stack with
 * StackWalker.)
 */
@TargetClass("sun.security.util.Debug")
final class Target_sun_security_util_Debug {
    private Target_sun_security_util_Debug() {
    }

    @Substitute
    public static Target_sun_security_util_Debug getInstance(String option) {
        return null;
    }

    @Substitute
    public static Target_sun_security_util_Debug getInstance(String option, String prefix) {
        return null;
    }
}
