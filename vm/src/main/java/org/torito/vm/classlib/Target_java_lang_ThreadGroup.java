package org.torito.vm.classlib;

import org.torito.vm.annotation.Alias;
import org.torito.vm.annotation.TargetClass;

/** The fields of the "system" group that HotSpot's private constructor sets, for {@link JavaThreads}. */
@TargetClass("java.lang.ThreadGroup")
final class Target_java_lang_ThreadGroup {
    @Alias
    String name;
    @Alias
    int maxPriority;

    private Target_java_lang_ThreadGroup() {
    }
}
