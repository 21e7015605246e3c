package org.torito.vm.classlib;

import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/**
 * Access-control contexts without the security debugging of {@code -Djava.security.debug}, which an image
 * has no way to be given (and which walks the stack with {@code StackWalker}).
 */
@TargetClass("java.security.AccessControlContext")
final class Target_java_security_AccessControlContext {
    private Target_java_security_AccessControlContext() {
    }

    @Substitute
    static Target_sun_security_util_Debug getDebug() {
        return null;
    }
}
