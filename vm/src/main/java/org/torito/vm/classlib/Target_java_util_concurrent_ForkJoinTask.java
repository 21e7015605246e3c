package org.torito.vm.classlib;

import org.torito.vm.annotation.Alias;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/**
 * The exception a failed task reports: HotSpot's JDK rethrows a copy made reflectively (same type, the
 * original as cause, so the joining thread's stack shows); without reflection an image rethrows the original.
 */
@TargetClass("java.util.concurrent.ForkJoinTask")
final class Target_java_util_concurrent_ForkJoinTask {
    @Alias
    private Target_java_util_concurrent_ForkJoinTask_Aux aux;

    private Target_java_util_concurrent_ForkJoinTask() {
    }

    @Substitute
    private Throwable getThrowableException() {
        for (Target_java_util_concurrent_ForkJoinTask_Aux a = aux; a != null; a = a.next) {
            if (a.ex != null) {
                return a.ex;
            }
        }
        return null;
    }
}
