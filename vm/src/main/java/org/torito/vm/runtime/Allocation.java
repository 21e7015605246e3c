package org.torito.vm.runtime;

import org.torito.vm.Magic;
import org.torito.vm.object.ObjectLayout;

/**
 * Object and array allocation: a bump pointer through the heap region the kernel hands over at boot. No
 * collector yet (the GC issue replaces this with per-core buffers and a real heap); running out is fatal.
 * Memory is zeroed here, so every field starts as the JVM's default value.
 */
public final class Allocation {
    /** Next free byte and end of the heap. Set once by {@link #init}; touched only by the boot CPU for now. */
    private static long cursor;
    private static long limit;

    private Allocation() {
    }

    /** Gives the allocator the free memory {@code [start, end)}. */
    public static void init(long start, long end) {
        cursor = ObjectLayout.align(start);
        limit = end;
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
