package org.torito.vm.classlib;

import org.torito.vm.annotation.Alias;
import org.torito.vm.annotation.TargetClass;

/** Names the JDK's seed mixer (in a package java.base does not export) for ThreadLocalRandom's initializer. */
@TargetClass("jdk.internal.util.random.RandomSupport")
final class Target_jdk_internal_util_random_RandomSupport {
    private Target_jdk_internal_util_random_RandomSupport() {
    }

    @Alias
    public static long mixMurmur64(long z) {
        throw new AssertionError("alias");
    }
}
