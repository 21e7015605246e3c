package org.torito.vm.classlib;

import org.torito.vm.annotation.TargetClass;

/** Names {@code sun.security.util.Debug}, which java.base does not export, for other substitutions' signatures. */
@TargetClass("sun.security.util.Debug")
final class Target_sun_security_util_Debug {
    private Target_sun_security_util_Debug() {
    }
}
