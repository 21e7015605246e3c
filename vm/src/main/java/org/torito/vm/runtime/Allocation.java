package org.torito.vm.runtime;

import org.torito.vm.Magic;
import org.torito.vm.gc.Heap;
import org.torito.vm.object.ObjectLayout;
import org.torito.vm.object.TibLayout;

/**
 * Object and array allocation, the fast path: a bump pointer through the allocation buffer, a hole of
 * zeroed memory the collector handed out ({@code vm.gc.Heap}); what does not fit goes to the collector's
 * slow path, which finds the next hole or a run of blocks, collecting when memory runs out, and the
 * allocation throws {@code OutOfMemoryError} when even that fails. Memory comes zeroed, so every field
 * starts as the JVM's default value.
 */
public final class Allocation {
    /**
     * The longest array: HotSpot's limit (2^31 - 1 less its two header words), so that the same lengths
     * fail with its "Requested array size exceeds VM limit" rather than for want of heap.
     */
    public static final int MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 2;

    /**
     * The allocation buffer: the next free byte and its end. One core allocates for now (per-CPU with SMP).
     * Compiled code bumps the cursor inline ({@code BaselineCompiler.emitNew}).
     */
    private static long cursor;
    private static long limit;

    private Allocation() {
    }

    /** The collector hands over a new buffer {@code [start, end)} of zeroed memory (empty: both 0). */
    public static void setBuffer(long start, long end) {
        cursor = start;
        limit = end;
    }

    /** Bytes left in the buffer. */
    public static long bufferBytes() {
        return limit - cursor;
    }

    /** A zeroed object of {@code sizeBytes} whose header points to {@code tib} (compiled {@code new}). */
    public static Object newObject(long tib, int sizeBytes) {
        long address = take(ObjectLayout.align(sizeBytes), Magic.returnAddress(),
                Frames.caller(Magic.framePointer()));
        Magic.storeLong(address + ObjectLayout.TIB_OFFSET, tib);
        return Magic.toObject(address);
    }

    /** A zeroed array of {@code length} elements of {@code elementBytes} (compiled {@code newarray}). */
    public static Object newArray(long tib, int length, int elementBytes) {
        if (length < 0) {
            Traps.negativeArraySize(length, Magic.returnAddress(), Magic.loadLong(Magic.framePointer()));
        }
        if (length > MAX_ARRAY_LENGTH) {
            Traps.outOfMemory(Traps.ARRAY_TOO_LARGE, Magic.returnAddress(), Magic.loadLong(Magic.framePointer()));
        }
        long address = take(ObjectLayout.arraySize(elementBytes, length), Magic.returnAddress(),
                Frames.caller(Magic.framePointer()));
        Magic.storeLong(address + ObjectLayout.TIB_OFFSET, tib);
        Magic.storeInt(address + ObjectLayout.ARRAY_LENGTH_OFFSET, length);
        return Magic.toObject(address);
    }
    /**
     * {@code multianewarray}: nested arrays of type {@code tib} with {@code dimensions} counts, the first at
     * {@code counts + 8*(dimensions-1)} down to the last at {@code counts} (as they lie on the operand stack).
     * Every count is checked before anything is allocated (JVMS §6.5).
     */
    public static Object newMultiArray(long tib, int dimensions, long counts) {
        for (int d = dimensions - 1; d >= 0; d--) { // the outermost dimension, at the highest address, first
            if (Magic.loadInt(counts + 8L * d) < 0) {
                Traps.negativeArraySize(Magic.loadInt(counts + 8L * d), Magic.returnAddress(),
                        Magic.loadLong(Magic.framePointer()));
            }
        }
        return newArrays(tib, dimensions, counts + 8L * (dimensions - 1));
    }

    /** The arrays of the dimension whose count is at {@code count}; the next dimension's is 8 bytes below. */
    private static Object newArrays(long tib, int dimensions, long count) {
        int length = Magic.loadInt(count);
        int elementBytes = Magic.loadInt(tib + TibLayout.ELEMENT_SIZE);
        Object array = newArray(tib, length, elementBytes);
        if (dimensions > 1) {
            long elementTib = Magic.loadLong(tib + TibLayout.ELEMENT_TIB);
            long elements = Magic.objectAddress(array) + ObjectLayout.ARRAY_ELEMENTS_OFFSET;
            for (int i = 0; i < length; i++) {
                Magic.storeLong(elements + 8L * i, Magic.objectAddress(newArrays(elementTib, dimensions - 1,
                        count - 8)));
            }
        }
        return array;
    }

    /**
     * {@code bytes} of zeroed memory; {@code caller} and {@code callerFrame} are where the allocating compiled
     * code continues, which is where an {@code OutOfMemoryError} is thrown.
     */
    private static long take(long bytes, long caller, long callerFrame) {
        long address = cursor;
        if (bytes <= limit - address && bytes <= Heap.LARGE_OBJECT_BYTES) { // large objects: their own blocks
            cursor = address + bytes;
            return address;
        }
        address = Heap.allocate(bytes);
        if (address == 0) {
            Traps.outOfMemory(Traps.HEAP_SPACE, caller, callerFrame);
        }
        return address;
    }
}
