package org.torito.vm.classlib;

import org.torito.vm.Magic;
import org.torito.vm.runtime.Clock;

/**
 * The {@code java.lang.Thread} objects of an image while it runs one thread on one core (the scheduler of
 * the SMP kernel takes over later): the main thread, which the boot creates as HotSpot does, and the
 * threads the program starts.
 *
 * <p>Starting a daemon thread is accepted: it becomes alive and runnable but never gets the core while
 * {@code main} runs, which the Java language allows (a daemon need not run before the VM exits). The JDK
 * starts one itself, the reference handler, from {@code Reference}'s static initializer. Starting a
 * non-daemon thread would promise it runs before exit, so it fails loudly instead.
 */
public final class JavaThreads {
    /** {@code Thread.threadStatus} of a running thread: JVMTI_THREAD_STATE_ALIVE | _RUNNABLE. */
    static final int STATUS_RUNNABLE = 0x0005;
    /** {@code Thread.threadStatus} of a thread that has ended: JVMTI_THREAD_STATE_TERMINATED. */
    static final int STATUS_TERMINATED = 0x0002;
    /** {@code Thread.eetop} of a live thread: nonzero (the per-CPU thread block's address, later). */
    private static final long ALIVE = 1;
    private static final int MAX_THREADS = 64;

    private static Thread current;
    private static final Thread[] started = new Thread[MAX_THREADS];
    private static int startedCount;

    private JavaThreads() {
    }

    /** The thread running now. */
    static Thread current() {
        return current;
    }

    /**
     * Creates the thread groups "system" and "main" and the thread "main", and makes it the current thread.
     * HotSpot makes the system group with its private constructor and runs {@code Thread(ThreadGroup,
     * String)} on a thread object that is already current; here a raw placeholder stands for the creating
     * thread during that constructor, so the main thread inherits its defaults (not a daemon, normal
     * priority) and gets its id in the ordinary way.
     */
    public static void startMainThread() {
        ThreadGroup system = (ThreadGroup) ClassObjects.rawInstance(ThreadGroup.class);
        group(system).name = "system";
        group(system).maxPriority = Thread.MAX_PRIORITY;
        ThreadGroup main = new ThreadGroup(system, "main");

        Thread creator = (Thread) ClassObjects.rawInstance(Thread.class);
        fields(creator).priority = Thread.NORM_PRIORITY;
        current = creator;
        Thread mainThread = new Thread(main, "main");
        markAlive(mainThread);
        current = mainThread;
        started[startedCount++] = mainThread;
    }

    /**
     * Hands an exception that ended the current thread to its uncaught-exception handler, as HotSpot's
     * {@code Thread.dispatchUncaughtException} does (the default, the thread group, prints
     * {@code Exception in thread "main" } and the stack trace on System.err). Returns false if that failed
     * too, so that the kernel can report it itself.
     */
    public static boolean dispatchUncaught(Throwable exception) {
        Thread thread = current;
        if (thread == null || System.err == null) {
            return false;
        }
        try {
            thread.getUncaughtExceptionHandler().uncaughtException(thread, exception);
            return true;
        } catch (Throwable failure) {
            return false;
        }
    }

    /** {@code Thread.start0}: see the class comment. */
    static void start(Thread thread) {
        if (!thread.isDaemon()) {
            throw new UnsupportedOperationException("cannot start thread \"" + thread.getName()
                    + "\": Torito runs one thread until its scheduler lands; make it a daemon or run it on main");
        }
        if (startedCount == MAX_THREADS) {
            throw new OutOfMemoryError("more than " + MAX_THREADS + " threads started");
        }
        markAlive(thread);
        started[startedCount++] = thread;
    }

    /**
     * Runs an unstarted thread to its end on the current stack, as the current thread, and leaves it
     * terminated: how shutdown hooks run when the program ends (the JDK starts them all and joins them, so
     * nothing else runs meanwhile; they run one after the other here, an order the JDK leaves unspecified).
     */
    static void runToCompletion(Thread thread) {
        if (thread.getState() != Thread.State.NEW) {
            throw new IllegalThreadStateException("thread \"" + thread.getName() + "\" was started already");
        }
        markAlive(thread);
        Thread previous = current;
        current = thread;
        try {
            thread.run();
        } catch (Throwable uncaught) {
            dispatchUncaught(uncaught);
        } finally {
            current = previous;
            fields(thread).threadStatus = STATUS_TERMINATED;
            fields(thread).eetop = 0;
        }
    }

    /** The live threads, for {@code Thread.getThreads}. */
    static Thread[] liveThreads() {
        Thread[] threads = new Thread[startedCount];
        System.arraycopy(started, 0, threads, 0, startedCount);
        return threads;
    }

    /** Waits {@code millis} milliseconds of the TSC clock: with one thread, nothing else could run meanwhile. */
    static void sleep(long millis) {
        sleepNanos(millis > Long.MAX_VALUE / 1_000_000L ? Long.MAX_VALUE : millis * 1_000_000L);
    }

    static void sleepNanos(long nanos) {
        long start = Clock.nanoTime();
        while (Clock.nanoTime() - start < nanos) {
            Magic.fence();
        }
    }

    static void sleepUntilEpochMillis(long deadline) {
        while (Math.floorDiv(Clock.epochNanos(), 1_000_000L) < deadline) {
            Magic.fence();
        }
    }

    private static void markAlive(Thread thread) {
        fields(thread).threadStatus = STATUS_RUNNABLE;
        fields(thread).eetop = ALIVE;
    }

    /** {@code thread}'s private fields, through the substitution type (which the image writer remaps). */
    private static Target_java_lang_Thread fields(Thread thread) {
        return (Target_java_lang_Thread) (Object) thread;
    }

    private static Target_java_lang_ThreadGroup group(ThreadGroup group) {
        return (Target_java_lang_ThreadGroup) (Object) group;
    }
}
