package org.torito.vm.classlib;

import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/** Tree bins order keys by Comparable when their class compares to itself: {@link ClassObjects#comparableClassFor}. */
@TargetClass("java.util.concurrent.ConcurrentHashMap")
final class Target_java_util_concurrent_ConcurrentHashMap {
    private Target_java_util_concurrent_ConcurrentHashMap() {
    }

    @Substitute
    static Class<?> comparableClassFor(Object x) {
        return ClassObjects.comparableClassFor(x);
    }
}
