package org.torito.kernel.net;

import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/** {@code InetAddress} caches field ids in its native {@code init}; an image's code needs none. */
@TargetClass("java.net.InetAddress")
final class Target_java_net_InetAddress {
    private Target_java_net_InetAddress() {
    }

    @Substitute
    private static void init() {
    }
}
