package org.torito.vm.runtime;

import org.torito.vm.Magic;
import org.torito.vm.classlib.CastMessages;
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

    public static void nullPointer() {
        Exceptions.deliver(new NullPointerException(), Magic.returnAddress(), callerFrame(Magic.framePointer()));
    }

    public static void nullPointer(long returnAddress, long framePointer) {
        Exceptions.deliver(new NullPointerException(), returnAddress, framePointer);
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

    /** Until the collector exists, running out of heap is final: there is no memory for an error object. */
    public static void outOfMemory(long wanted, long free, long returnAddress) {
        fatal("java.lang.OutOfMemoryError", "bytes wanted", wanted, "bytes free", free, false, returnAddress);
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
