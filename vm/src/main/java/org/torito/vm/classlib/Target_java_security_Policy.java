package org.torito.vm.classlib;

import java.security.Policy;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/**
 * Security policies only matter to a security manager, which an image never has; the JDK's default policy
 * is a provider found reflectively and configured from files, which an image does not carry.
 */
@TargetClass("java.security.Policy")
final class Target_java_security_Policy {
    private Target_java_security_Policy() {
    }

    @Substitute
    static Policy getPolicyNoCheck() {
        throw new UnsupportedOperationException("security policies are not supported in Torito images, which never"
                + " have a security manager");
    }
}
