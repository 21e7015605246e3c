package org.torito.vm.classlib;

import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/**
 * The common pool's thread factory and exception handler may be named by system properties, which the JDK
 * instantiates reflectively; an image has no reflection yet, so naming one fails loudly.
 */
@TargetClass("java.util.concurrent.ForkJoinPool")
final class Target_java_util_concurrent_ForkJoinPool {
    private Target_java_util_concurrent_ForkJoinPool() {
    }

    @Substitute
    static Object newInstanceFromSystemProperty(String property) {
        String className = System.getProperty(property);
        if (className == null) {
            return null;
        }
        throw new UnsupportedOperationException(property + "=" + className
                + ": Torito cannot instantiate classes named at run time yet");
    }
}
