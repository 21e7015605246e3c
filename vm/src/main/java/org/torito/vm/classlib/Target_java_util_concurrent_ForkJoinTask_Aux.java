package org.torito.vm.classlib;

import org.torito.vm.annotation.Alias;
import org.torito.vm.annotation.TargetClass;

/** A task's record of its exception, read by {@link Target_java_util_concurrent_ForkJoinTask}. */
@TargetClass("java.util.concurrent.ForkJoinTask$Aux")
final class Target_java_util_concurrent_ForkJoinTask_Aux {
    @Alias
    Throwable ex;
    @Alias
    Target_java_util_concurrent_ForkJoinTask_Aux next;

    private Target_java_util_concurrent_ForkJoinTask_Aux() {
    }
}
