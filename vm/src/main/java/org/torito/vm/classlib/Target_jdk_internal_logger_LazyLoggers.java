package org.torito.vm.classlib;

import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/** Where System.getLogger and the JDK's platform loggers get their loggers: {@link DisabledLogger}. */
@TargetClass("jdk.internal.logger.LazyLoggers")
final class Target_jdk_internal_logger_LazyLoggers {
    private Target_jdk_internal_logger_LazyLoggers() {
    }

    @Substitute
    public static System.Logger getLogger(String name, Module module) {
        return new DisabledLogger(name);
    }

    @Substitute
    public static System.Logger getLazyLogger(String name, Module module) {
        return new DisabledLogger(name);
    }

    @Substitute
    static System.Logger getLoggerFromFinder(String name, Module module) {
        return new DisabledLogger(name);
    }
}
