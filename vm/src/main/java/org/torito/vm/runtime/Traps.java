package org.torito.vm.runtime;

import org.torito.vm.Magic;
import org.torito.vm.classlib.CastMessages;
import org.torito.vm.classlib.NullPointerExceptions;
import org.torito.vm.object.TibLayout;

/**
 * What compiled code calls when a JVM check fails: each throws the Java exception JVMS §6.5 names, in the
 * frame of the compiled method whose check failed. Called directly from compiled code, a trap finds that
 * frame as its caller; called from a runtime helper ({@link TypeChecks}, {@link Allocation}), it is given the
 * helper's caller (return address and frame pointer). Messages are HotSpot's.
 */
public final class Traps {
    private Traps() {
    }

    /** The class object of the type whose information block is {@code tib}. */
    private static Class<?> classOf(long tib) {
        return (Class<?>) Magic.toObject(Magic.loadLong(tib + TibLayout.CLASS_OBJECT));
    }

    /** The frame pointer of the method that called the method calling this one. */
    private static long callerFrame(long framePointer) {
        return Frames.caller(framePointer);
    }

    /** A null check failed; its call's return address identifies it, for the exception's message. */
    public static void nullPointer() {
        long returnAddress = Magic.returnAddress();
        Exceptions.deliver(ofNullCheck(returnAddress), returnAddress, callerFrame(Magic.framePointer()));
    }

    public static void nullPointer(long returnAddress, long framePointer) {
        Exceptions.deliver(ofNullCheck(returnAddress), returnAddress, framePointer);
    }

    /** The exception of the null check whose trap call returns to {@code returnAddress}, made in a hidden frame. */
    private static NullPointerException ofNullCheck(long returnAddress) {
        NullPointerException exception = new NullPointerException();
        NullPointerExceptions.recordNullCheck(exception, returnAddress);
        return exception;
    }

    public static void arrayIndex(int index, int length) {
        Exceptions.deliver(new ArrayIndexOutOfBoundsException("Index " + index + " out of bounds for length "
                + length), Magic.returnAddress(),
                callerFrame(Magic.framePointer()));
    }

    /** Called by a prologue that found the stack too short, after it lowered the limit into the red zone. */
    public static void stackOverflow() {
        Exceptions.deliver(new StackOverflowError(), Magic.returnAddress(), callerFrame(Magic.framePointer()));
    }

    public static void divideByZero() {
        Exceptions.deliver(new ArithmeticException("/ by zero"), Magic.returnAddress(),
                callerFrame(Magic.framePointer()));
    }

    public static void negativeArraySize(int length, long returnAddress, long framePointer) {
        Exceptions.deliver(new NegativeArraySizeException(String.valueOf(length)), returnAddress, framePointer);
    }

    public static void classCast(long objectTib, long targetTib, long returnAddress, long framePointer) {
        Exceptions.deliver(new ClassCastException(CastMessages.cannotCast(classOf(objectTib), classOf(targetTib))),
                returnAddress, framePointer);
    }

    public static void arrayStore(long valueTib, long arrayTib, long returnAddress, long framePointer) {
        Exceptions.deliver(new ArrayStoreException(classOf(valueTib).getName()), returnAddress, framePointer);
    }

    /** Thrown when there is no memory left even for a new OutOfMemoryError; made at boot. */
    private static OutOfMemoryError reserveOutOfMemoryError;
    private static boolean throwingOutOfMemoryError;

    /**
     * Makes the error thrown when memory is too short to make one; the kernel calls it once at boot. It has no
     * stack trace (HotSpot's preallocated errors may have none either): the boot's frames would mislead, and
     * walking them would bring the stack walker's code into every boot.
     */
    public static void prepareOutOfMemoryError() {
        StackTraces.omitNext();
        reserveOutOfMemoryError = new OutOfMemoryError(HEAP_SPACE);
    }

    /** HotSpot's message when the heap has no room for an allocation even after collecting. */
    public static final String HEAP_SPACE = "Java heap space";
    /** HotSpot's message for an array longer than {@link Allocation#MAX_ARRAY_LENGTH}, whatever the heap. */
    public static final String ARRAY_TOO_LARGE = "Requested array size exceeds VM limit";

    /** Throws {@code OutOfMemoryError} with {@code message} in the compiled frame that allocated. */
    public static void outOfMemory(String message, long returnAddress, long framePointer) {
        OutOfMemoryError error = reserveOutOfMemoryError;
        if (!throwingOutOfMemoryError) {
            throwingOutOfMemoryError = true;
            try {
                error = new OutOfMemoryError(message);
            } finally {
                throwingOutOfMemoryError = false;
            }
        }
        if (error == null) {
            fatal("java.lang.OutOfMemoryError", "before the kernel made its reserve error", 0, null, 0, false,
                    returnAddress);
        }
        Exceptions.deliver(error, returnAddress, framePointer);
    }

    /** A vtable or itable slot whose method the image did not compile (nothing could call it, or abstract). */
    public static void unreachableMethod() {
        Exceptions.deliver(new AbstractMethodError(), Magic.returnAddress(), callerFrame(Magic.framePointer()));
    }

    public static void incompatibleClassChange(long objectTib, long interfaceTib, long returnAddress,
                                               long framePointer) {
        Exceptions.deliver(new IncompatibleClassChangeError(), returnAddress, framePointer);
    }

    public static void noClassDefFound(long initRecord, long returnAddress, long framePointer) {
        Exceptions.deliver(ClassInit.notInitialized(initRecord), returnAddress, framePointer);
    }

    /**
     * Stops the VM: {@code what} is the problem, followed by up to two labelled values (type information
     * blocks when {@code valuesAreTypes}), for the code that returns to {@code returnAddress}. Substituted by
     * the kernel; never returns.
     */
    public static void fatal(String what, String label1, long value1, String label2, long value2,
                             boolean valuesAreTypes, long returnAddress) {
        Magic.haltForever();
    }
}
