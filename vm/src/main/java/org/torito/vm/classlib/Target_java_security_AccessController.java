package org.torito.vm.classlib;

import java.security.AccessControlContext;
import java.security.PrivilegedAction;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/**
 * Privileged actions run as they are: an image has one application and no security manager, so there is no
 * access-control context to establish. Checked exceptions are wrapped as the JDK wraps them.
 */
@TargetClass("java.security.AccessController")
final class Target_java_security_AccessController {
    private Target_java_security_AccessController() {
    }

    @Substitute
    public static <T> T doPrivileged(PrivilegedAction<T> action) {
        return action.run();
    }

    @Substitute
    public static <T> T doPrivileged(PrivilegedAction<T> action, AccessControlContext context) {
        return doPrivileged(action);
    }

    @Substitute
    public static <T> T doPrivileged(PrivilegedExceptionAction<T> action) throws PrivilegedActionException {
        try {
            return action.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new PrivilegedActionException(e);
        }
    }

    @Substitute
    public static <T> T doPrivileged(PrivilegedExceptionAction<T> action, AccessControlContext context)
            throws PrivilegedActionException {
        return doPrivileged(action);
    }

    /**
     * The protection domains of the code on the stack: all of an image's code is trusted system code, which
     * the JDK represents as no context at all (HotSpot too returns null when only system domains are found).
     */
    @Substitute
    private static AccessControlContext getStackAccessControlContext() {
        return null;
    }

    @Substitute
    static AccessControlContext getInheritedAccessControlContext() {
        return null;
    }

    /** Every class of an image is the boot loader's, whose classes have no protection domain. */
    @Substitute
    private static java.security.ProtectionDomain getProtectionDomain(Class<?> caller) {
        return null;
    }
}
