package org.torito.vm;

/**
 * Operations Java cannot express: port I/O, raw memory, the address of an object, halting the CPU, and the
 * bits of a float or double before the class library (whose conversions are natives) exists.
 *
 * <p>Every method here is a compiler intrinsic: the baseline compiler replaces each call with a few machine
 * instructions (see {@code org.torito.compiler.baseline.MagicIntrinsics}); the bodies below never run in an
 * image. On the host they throw, so VM code that uses Magic cannot be run there by accident. Addresses are
 * physical (the image runs identity-mapped).
 */
public final class Magic {
    private Magic() {
    }

    private static UnsupportedOperationException hostOnly(String method) {
        return new UnsupportedOperationException("Magic." + method
                + " is a compiler intrinsic and runs only inside a Torito image");
    }

    /** {@code out dx, al}: writes the low byte of {@code value} to I/O port {@code port}. */
    public static void outByte(int port, int value) {
        throw hostOnly("outByte");
    }

    /** {@code out dx, eax}: writes 32 bits to I/O port {@code port}. */
    public static void outInt(int port, int value) {
        throw hostOnly("outInt");
    }

    /** {@code in al, dx}: reads a byte from I/O port {@code port}, zero-extended. */
    public static int inByte(int port) {
        throw hostOnly("inByte");
    }

    /** The signed byte at {@code address}. */
    public static byte loadByte(long address) {
        throw hostOnly("loadByte");
    }

    /** The unsigned 16-bit value at {@code address}, as a char. */
    public static char loadChar(long address) {
        throw hostOnly("loadChar");
    }

    public static int loadInt(long address) {
        throw hostOnly("loadInt");
    }

    public static long loadLong(long address) {
        throw hostOnly("loadLong");
    }

    public static void storeByte(long address, byte value) {
        throw hostOnly("storeByte");
    }

    public static void storeChar(long address, char value) {
        throw hostOnly("storeChar");
    }

    public static void storeInt(long address, int value) {
        throw hostOnly("storeInt");
    }

    public static void storeLong(long address, long value) {
        throw hostOnly("storeLong");
    }

    /**
     * Atomically: if the int at {@code address} is {@code expected}, replaces it by {@code value}; returns the
     * int found there, so the swap happened iff it equals {@code expected} ({@code lock cmpxchg}, a full
     * barrier).
     */
    public static int compareAndExchangeInt(long address, int expected, int value) {
        throw hostOnly("compareAndExchangeInt");
    }

    /** As {@link #compareAndExchangeInt} for the long at {@code address}. */
    public static long compareAndExchangeLong(long address, long expected, long value) {
        throw hostOnly("compareAndExchangeLong");
    }

    /** A full memory barrier ({@code mfence}): no load or store moves across it. */
    public static void fence() {
        throw hostOnly("fence");
    }

    /** The address of {@code object} (its header); objects do not move yet. */
    public static long objectAddress(Object object) {
        throw hostOnly("objectAddress");
    }

    /** The object whose header is at {@code address}: the inverse of {@link #objectAddress}. */
    public static Object toObject(long address) {
        throw hostOnly("toObject");
    }

    /** Sets {@code bytes} bytes from {@code address} to zero ({@code rep stosb}). */
    public static void zeroMemory(long address, long bytes) {
        throw hostOnly("zeroMemory");
    }

    /**
     * Copies {@code bytes} bytes from {@code from} to {@code to}; the ranges may overlap, the result is as if
     * through a temporary ({@code rep movsb}, backwards when the destination lies above the source).
     */
    public static void moveMemory(long to, long from, long bytes) {
        throw hostOnly("moveMemory");
    }

    /** Where the calling method returns to: the current frame's return address. */
    public static long returnAddress() {
        throw hostOnly("returnAddress");
    }

    /** The calling method's frame pointer (rbp), for stack walks. */
    public static long framePointer() {
        throw hostOnly("framePointer");
    }

    /** Calls the code at {@code address} with no arguments and no result ({@code call}). */
    public static void callAddress(long address) {
        throw hostOnly("callAddress");
    }

    /**
     * Continues at {@code address} with the stack pointer at {@code stackPointer}, the frame pointer at
     * {@code framePointer} and {@code value} in rax: how the unwinder enters an exception handler. Never
     * returns.
     */
    public static void resume(long address, long stackPointer, long framePointer, Object value) {
        throw hostOnly("resume");
    }

    /** The time-stamp counter ({@code rdtsc}). */
    public static long readTimestampCounter() {
        throw hostOnly("readTimestampCounter");
    }

    /** Stops this CPU for good: interrupts off, then {@code hlt} forever. */
    public static void haltForever() {
        throw hostOnly("haltForever");
    }

    /** {@code Float.floatToRawIntBits} without the JDK's native: the bits of {@code value}, NaNs unchanged. */
    public static int floatToRawIntBits(float value) {
        throw hostOnly("floatToRawIntBits");
    }

    /** {@code Double.doubleToRawLongBits} without the JDK's native: the bits of {@code value}, NaNs unchanged. */
    public static float intBitsToFloat(int bits) {
        throw hostOnly("intBitsToFloat");
    }

    public static double longBitsToDouble(long bits) {
        throw hostOnly("longBitsToDouble");
    }

    public static long doubleToRawLongBits(double value) {
        throw hostOnly("doubleToRawLongBits");
    }

    /** The square root of {@code value}, correctly rounded ({@code sqrtsd}): what StrictMath.sqrt requires. */
    public static double sqrt(double value) {
        throw hostOnly("sqrt");
    }
}
