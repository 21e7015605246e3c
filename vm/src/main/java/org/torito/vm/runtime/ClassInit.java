package org.torito.vm.runtime;

import org.torito.vm.Magic;

/**
 * Class initialization (JVMS §5.5), lazily, once: compiled code tests a class's init record before the
 * first {@code new}, {@code getstatic}, {@code putstatic} or {@code invokestatic} that needs it and calls
 * {@link #initialize} while it is not done. The superclass is initialized first; a request made while the
 * class is being initialized (by its own static initializer, on the one thread there is) returns at once.
 *
 * <pre>
 *   init record (RECORD_BYTES), one per class that needs initialization, written by the image writer:
 *     STATE       NOT_INITIALIZED, BEING_INITIALIZED, INITIALIZED or ERRONEOUS (u64)
 *     SUPERCLASS  the superclass's record, or 0 when it needs none (u64)
 *     INITIALIZER the code address of the class's {@code <clinit>}, or 0 (u64)
 *     INTERFACES  address of a count (u64) and the records of the superinterfaces that declare default
 *                 methods and need initialization (JVMS §5.5 step 7), or 0 (u64)
 *     CLASS       the class's {@code java.lang.Class} object, or 0 when the image has none (u64)
 *     FAILURE     once erroneous: what the initializer threw, as the cause of later NoClassDefFoundErrors
 *                 (a reference the image writer leaves 0)
 * </pre>
 * A failure while initializing the superclass or an interface makes the class erroneous too and propagates
 * unchanged; a failure of its own initializer is wrapped in ExceptionInInitializerError unless it is an Error.
 */
public final class ClassInit {
    public static final int STATE = 0;
    public static final int SUPERCLASS = STATE + 8;
    public static final int INITIALIZER = SUPERCLASS + 8;
    public static final int INTERFACES = INITIALIZER + 8;
    public static final int CLASS = INTERFACES + 8;
    public static final int FAILURE = CLASS + 8;
    public static final int RECORD_BYTES = FAILURE + 8;
    public static final long NOT_INITIALIZED = 0;
    public static final long BEING_INITIALIZED = 1;
    public static final long INITIALIZED = 2;
    public static final long ERRONEOUS = 3;

    private ClassInit() {
    }

    /**
     * Marks the class erroneous and keeps, as HotSpot does, an ExceptionInInitializerError that says what
     * {@code thrown} was and in which thread, with {@code thrown}'s stack trace: the cause of every later
     * "Could not initialize class" error.
     */
    private static void fail(long record, Throwable thrown) {
        Magic.storeLong(record + STATE, ERRONEOUS);
        ExceptionInInitializerError failure = new ExceptionInInitializerError("Exception " + thrown + " [in thread \""
                + Thread.currentThread().getName() + "\"]");
        failure.setStackTrace(thrown.getStackTrace());
        Magic.storeLong(record + FAILURE, Magic.objectAddress(failure));
    }

    /** The NoClassDefFoundError for using the erroneous class of {@code record} (JVMS §5.5 step 5). */
    static NoClassDefFoundError notInitialized(long record) {
        long classObject = Magic.loadLong(record + CLASS);
        String name = classObject == 0 ? "?" : ((Class<?>) Magic.toObject(classObject)).getName();
        NoClassDefFoundError error = new NoClassDefFoundError("Could not initialize class " + name);
        long failure = Magic.loadLong(record + FAILURE);
        if (failure != 0) {
            error.initCause((Throwable) Magic.toObject(failure));
        }
        return error;
    }

    /**
     * Set by the image writer: a count and the init records of the classes, initialized at run time, that
     * have objects in the image heap (copied from the host with the statics of classes initialized at build
     * time).
     */
    private static long imageObjectClasses;

    /**
     * Initializes the classes of the image heap's objects: compiled code takes the class of an object it
     * holds to be initialized (an instance normally comes from {@code new}, which initializes), so these must
     * be before the program can reach the objects. Called once by the boot.
     */
    public static void initializeClassesOfImageObjects() {
        long count = imageObjectClasses == 0 ? 0 : Magic.loadLong(imageObjectClasses);
        for (long i = 0; i < count; i++) {
            initialize(Magic.loadLong(imageObjectClasses + 8 + 8 * i));
        }
    }

    /** Initializes the class of {@code record} unless it is initialized or being initialized. */
    public static void initialize(long record) {
        long state = Magic.loadLong(record + STATE);
        if (state == INITIALIZED || state == BEING_INITIALIZED) {
            return;
        }
        if (state == ERRONEOUS) {
            Traps.noClassDefFound(record, Magic.returnAddress(), Magic.loadLong(Magic.framePointer()));
        }
        Magic.storeLong(record + STATE, BEING_INITIALIZED);
        try {
            long superclass = Magic.loadLong(record + SUPERCLASS);
            if (superclass != 0) {
                initialize(superclass);
            }
            long interfaces = Magic.loadLong(record + INTERFACES);
            if (interfaces != 0) {
                long count = Magic.loadLong(interfaces);
                for (long i = 0; i < count; i++) {
                    initialize(Magic.loadLong(interfaces + 8 + 8 * i));
                }
            }
        } catch (Throwable t) { // JVMS §5.5 step 7: erroneous, and the same exception
            Magic.storeLong(record + STATE, ERRONEOUS);
            throw t;
        }
        long initializer = Magic.loadLong(record + INITIALIZER);
        try {
            if (initializer != 0) {
                Magic.callAddress(initializer);
            }
        } catch (Error e) {
            fail(record, e);
            throw e;
        } catch (Throwable t) { // JVMS §5.5 step 11: anything else is wrapped
            fail(record, t);
            throw new ExceptionInInitializerError(t);
        }
        Magic.storeLong(record + STATE, INITIALIZED);
    }
}
