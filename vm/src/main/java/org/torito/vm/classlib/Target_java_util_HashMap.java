package org.torito.vm.classlib;

import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/** Tree bins order keys by Comparable when their class compares to itself: {@link ClassObjects#comparableClassFor}. */
@TargetClass("java.util.HashMap")
final class Target_java_util_HashMap {
    private Target_java_util_HashMap() {
    }

    @Substitute
    static Class<?> comparableClassFor(Object x) {
        return ClassObjects.comparableClassFor(x);
    }
}
