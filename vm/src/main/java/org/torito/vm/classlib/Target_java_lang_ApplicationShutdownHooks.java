package org.torito.vm.classlib;

import java.util.IdentityHashMap;
import java.util.Set;
import org.torito.vm.annotation.Alias;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/** Shutdown hooks run one after the other on the exiting thread ({@link JavaThreads#runToCompletion}). */
@TargetClass("java.lang.ApplicationShutdownHooks")
final class Target_java_lang_ApplicationShutdownHooks {
    @Alias
    private static IdentityHashMap<Thread, Thread> hooks;

    private Target_java_lang_ApplicationShutdownHooks() {
    }

    @Substitute
    static void runHooks() {
        Set<Thread> threads;
        synchronized (Target_java_lang_ApplicationShutdownHooks.class) {
            threads = hooks.keySet();
            hooks = null; // no more hooks can be added or removed, as in the JDK
        }
        for (Thread hook : threads) {
            JavaThreads.runToCompletion(hook);
        }
    }
}
