package org.torito.vm.classlib;

import org.torito.vm.annotation.Alias;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;
import org.torito.vm.runtime.StackTraces;

/**
 * {@code java.lang.Throwable}'s stack walking: the backtrace is the frames' code addresses
 * ({@link StackTraces#capture}), which {@link Target_java_lang_StackTraceElement} turns into elements when
 * the trace is first asked for, as HotSpot does with its own backtrace.
 */
@TargetClass("java.lang.Throwable")
final class Target_java_lang_Throwable {
    /** Private in the JDK; package access for StackTraceElement's substitution. */
    @Alias
    Object backtrace;
    @Alias
    int depth;

    private Target_java_lang_Throwable() {
    }

    @Substitute
    private Target_java_lang_Throwable fillInStackTrace(int dummy) {
        long[] trace = StackTraces.capture((Throwable) (Object) this);
        backtrace = trace;
        depth = trace.length;
        return this;
    }
}
