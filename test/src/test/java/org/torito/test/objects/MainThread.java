package org.torito.test.objects;

import org.torito.test.support.Out;

/**
 * The one thread an image runs: "main" in group "main" under "system", as HotSpot makes it; thread-locals,
 * interruption and sleeping; class lookup by name; the runtime's view of the machine; the wall clock;
 * StrictMath's logarithm (which BigInteger and double printing reach).
 */
public final class MainThread {
    private static final ThreadLocal<String> LOCAL = ThreadLocal.withInitial(() -> "initial");

    private MainThread() {
    }

    public static void main(String[] args) throws Exception {
        Thread t = Thread.currentThread();
        Out.println(t.getName());
        Out.println(t.getThreadGroup().getName());
        Out.println(t.getThreadGroup().getParent().getName());
        Out.println(t.getThreadGroup().getParent().getParent() == null);
        Out.println(t.getPriority());
        Out.println(t.isDaemon());
        Out.println(t.isAlive());
        Out.println(t.isInterrupted());
        Out.println(t.getId());
        Out.println(t.getState().name());
        Out.println(Thread.currentThread() == t);

        Out.println(LOCAL.get());
        LOCAL.set("changed");
        Out.println(LOCAL.get());
        LOCAL.remove();
        Out.println(LOCAL.get());

        long before = System.nanoTime();
        Thread.sleep(3);
        Out.println(System.nanoTime() - before >= 3_000_000L);
        t.interrupt();
        Out.println(t.isInterrupted());
        try {
            Thread.sleep(10_000);
            Out.println("slept despite the interrupt");
        } catch (InterruptedException e) {
            Out.println(e.getMessage());
        }
        Out.println(Thread.interrupted());
        try {
            Thread.sleep(-1);
        } catch (IllegalArgumentException e) {
            Out.println(e.getMessage());
        }
        Thread.yield();

        Out.println(Class.forName("java.lang.StringBuilder").getName());
        Out.println(Class.forName("org.torito.test.objects.MainThread") == MainThread.class);
        try {
            Class.forName("org.torito.test.objects.NoSuchClass");
        } catch (ClassNotFoundException e) {
            Out.println(e.getMessage());
        }
        Out.println(CharSequence.class.isAssignableFrom(String.class));
        Out.println(String.class.isAssignableFrom(CharSequence.class));
        Out.println(Object[].class.isAssignableFrom(String[].class));
        Out.println(int.class.isAssignableFrom(int.class) + " " + int.class.isAssignableFrom(long.class));
        Out.println(Number.class.isInstance(42) + " " + Number.class.isInstance("42"));

        Runtime runtime = Runtime.getRuntime();
        Out.println(runtime.availableProcessors() >= 1);
        Out.println(runtime.maxMemory() >= runtime.totalMemory());
        Out.println(runtime.totalMemory() >= runtime.freeMemory() && runtime.freeMemory() > 0);
        Out.println(System.currentTimeMillis() > 1_700_000_000_000L); // after November 2023

        double[] samples = {10.0, 0.5, 1.0, 2.0, Math.E, 1e-300, 1e300, Double.MIN_VALUE, 0.0, -1.0,
            Double.POSITIVE_INFINITY, 1.0000001, 0.9999999};
        for (double x : samples) {
            Out.println(StrictMath.log(x)); // Math.log may differ by an ulp: HotSpot intrinsifies it
        }
    }
}
