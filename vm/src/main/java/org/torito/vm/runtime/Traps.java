package org.torito.vm.runtime;

import org.torito.vm.Magic;

/**
 * What compiled code calls when a JVM check fails. Traps reached through a runtime helper take the address
 * the helper returns to, so the report names the compiled method, not the helper. Until exceptions are compiled, each stops the VM with a
 * report naming the Java exception that would be thrown, its details and the method that failed the check;
 * then each becomes a real throw. {@link #fatal} is the kernel's to provide: it substitutes it with its panic.
 */
public final class Traps {
    private Traps() {
    }

    /**
     * Stops the VM: {@code what} is the exception, followed by up to two labelled values (type information
     * blocks when {@code valuesAreTypes}), for the code that returns to {@code returnAddress}. Substituted by
     * the kernel; never returns.
     */
    public static void fatal(String what, String label1, long value1, String label2, long value2,
                             boolean valuesAreTypes, long returnAddress) {
        Magic.haltForever();
    }

    /** Also for runtime helpers: {@code returnAddress} is where the helper returns to. */
    public static void nullPointer(long returnAddress) {
        fatal("java.lang.NullPointerException", null, 0, null, 0, false, returnAddress);
    }

    public static void nullPointer() {
        fatal("java.lang.NullPointerException", null, 0, null, 0, false, Magic.returnAddress());
    }

    public static void arrayIndex(int index, int length) {
        fatal("java.lang.ArrayIndexOutOfBoundsException", "index", index, "length", length, false,
                Magic.returnAddress());
    }

    public static void negativeArraySize(int length, long returnAddress) {
        fatal("java.lang.NegativeArraySizeException", "length", length, null, 0, false, returnAddress);
    }

    public static void classCast(long objectTib, long targetTib, long returnAddress) {
        fatal("java.lang.ClassCastException", "object type", objectTib, "target type", targetTib, true,
                returnAddress);
    }

    public static void arrayStore(long valueTib, long arrayTib, long returnAddress) {
        fatal("java.lang.ArrayStoreException", "value type", valueTib, "array type", arrayTib, true,
                returnAddress);
    }

    public static void outOfMemory(long wanted, long free, long returnAddress) {
        fatal("java.lang.OutOfMemoryError", "bytes wanted", wanted, "bytes free", free, false,
                returnAddress);
    }

    /** A vtable or itable slot whose method the image did not compile (nothing could call it, or abstract). */
    public static void unreachableMethod() {
        fatal("java.lang.AbstractMethodError (or a method the image writer found unreachable)", null, 0, null, 0,
                false, Magic.returnAddress());
    }

    public static void incompatibleClassChange(long objectTib, long interfaceTib, long returnAddress) {
        fatal("java.lang.IncompatibleClassChangeError: object does not implement the interface", "object type",
                objectTib, "interface", interfaceTib, true, returnAddress);
    }
}
