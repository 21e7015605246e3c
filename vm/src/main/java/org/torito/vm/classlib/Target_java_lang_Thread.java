package org.torito.vm.classlib;

import org.torito.vm.annotation.Alias;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/**
 * {@code java.lang.Thread}'s natives for one thread on one core ({@link JavaThreads}): there is nobody to
 * yield to, to interrupt out of a wait, or to tell a priority or a name.
 */
@TargetClass("java.lang.Thread")
final class Target_java_lang_Thread {
    /* Private in the JDK; package access for JavaThreads, which sets them as HotSpot does. */
    @Alias
    int priority;
    @Alias
    volatile int threadStatus;
    @Alias
    volatile long eetop;

    private Target_java_lang_Thread() {
    }

    @Substitute
    private static void registerNatives() {
    }

    @Substitute
    public static Thread currentThread() {
        return JavaThreads.current();
    }

    @Substitute
    public static void yield() {
    }

    @Substitute
    public static void sleep(long millis) throws InterruptedException {
        if (millis < 0) {
            throw new IllegalArgumentException("timeout value is negative");
        }
        if (Thread.interrupted()) {
            throw new InterruptedException("sleep interrupted");
        }
        JavaThreads.sleep(millis);
    }

    @Substitute
    private void start0() {
        JavaThreads.start((Thread) (Object) this);
    }

    @Substitute
    private static Thread[] getThreads() {
        return JavaThreads.liveThreads();
    }

    /** The scheduler reads the priority field when it lands; nothing to tell a native thread. */
    @Substitute
    private void setPriority0(int newPriority) {
    }

    /** {@code interrupt} has set the flag; with one thread no other thread is blocked to be woken. */
    @Substitute
    private void interrupt0() {
    }

    @Substitute
    private static void clearInterruptEvent() {
    }

    @Substitute
    private void setNativeName(String name) {
    }

    /**
     * Whether a subclass overrides the context-class-loader accessors: asked only with a security manager
     * installed, which an image never has; the JDK's answer needs reflection over the subclass.
     */
    @Substitute
    private static boolean isCCLOverridden(Class<?> cl) {
        return false;
    }

    /**
     * Monitors are not tracked while one thread runs (monitorenter only checks for null), so there is no
     * owner to ask about; the JDK reaches this only from assertions, which images run disabled.
     */
    @Substitute
    public static boolean holdsLock(Object obj) {
        throw new UnsupportedOperationException("Thread.holdsLock: Torito does not track monitor owners until"
                + " its scheduler lands");
    }
}
