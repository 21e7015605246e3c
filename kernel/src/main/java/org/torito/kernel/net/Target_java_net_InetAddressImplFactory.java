package org.torito.kernel.net;

import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/** The address families the stack speaks: IPv4 only, so the JDK picks its IPv4 implementation. */
@TargetClass("java.net.InetAddressImplFactory")
final class Target_java_net_InetAddressImplFactory {
    private Target_java_net_InetAddressImplFactory() {
    }

    @Substitute
    static boolean isIPv6Supported() {
        return false;
    }
}
