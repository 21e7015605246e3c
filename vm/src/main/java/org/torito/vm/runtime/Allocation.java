package org.torito.vm.runtime;

import org.torito.vm.Magic;
import org.torito.vm.object.ObjectLayout;
import org.torito.vm.object.TibLayout;

/**
 * Object and array allocation: a bump pointer through the heap region the kernel hands over at boot. No
 * collector yet (the GC issue replaces this with per-core buffers and a real heap); running out is fatal.
 * Memory is zeroed here, so every field starts as the JVM's default value.
 */
public final class Allocation {
    /** Next free byte and end of the heap. Set once by {@link #init}; touched only by the boot CPU for now. */
    private static long cursor;
    private static long limit;
    /** Size of the heap {@link #init} was given. */
    private static long capacity;

    private Allocation() {
    }

    /** Gives the allocator the free memory {@code [start, end)}. */
    public static void init(long start, long end) {
        cursor = ObjectLayout.align(start);
        limit = end;
        capacity = end - cursor;
    }

    /** Bytes the heap has in all. */
    public static long capacityBytes() {
        return capacity;
    }

    /** Bytes still free. */
    public static long freeBytes() {
        return limit - cursor;
    }

    /** A zeroed object of {@code sizeBytes} whose header points to {@code tib} (compiled {@code new}). */
    public static Object newObject(long tib, int sizeBytes) {
        long address = take(ObjectLayout.align(sizeBytes), Magic.returnAddress());
        Magic.storeLong(address + ObjectLayout.TIB_OFFSET, tib);
        return Magic.toObject(address);
    }

    /** A zeroed array of {@code length} elements of {@code elementBytes} (compiled {@code newarray}). */
    public static Object newArray(long tib, int length, int elementBytes) {
        if (length < 0) {
            Traps.negativeArraySize(length, Magic.returnAddress(), Magic.loadLong(Magic.framePointer()));
        }
        long address = take(ObjectLayout.arraySize(elementBytes, length), Magic.returnAddress());
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

    /** {@code bytes} of zeroed memory; {@code caller} is where the allocating compiled code continues. */
    private static long take(long bytes, long caller) {
        long address = cursor;
        if (bytes > limit - address) {
            Traps.outOfMemory(bytes, limit - address, caller);
        }
        cursor = address + bytes;
        Magic.zeroMemory(address, bytes);
        return address;
    }
}
