package org.torito.vm.classlib;

import org.torito.vm.Magic;
import org.torito.vm.annotation.Alias;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;
import org.torito.vm.object.ObjectLayout;
import org.torito.vm.object.TibLayout;

/**
 * {@code jdk.internal.misc.Unsafe}'s natives: array geometry, field offsets looked up in the type information
 * block's field table, memory access at (object, offset) or at an absolute address when the object is null,
 * and compare-and-set through {@code lock cmpxchg}. On x86 a plain load already has acquire semantics and a
 * plain store release semantics; a volatile store adds a full fence (its store-load ordering). References are
 * stored without a barrier: there is no collector yet that would need one.
 */
@TargetClass("jdk.internal.misc.Unsafe")
final class Target_jdk_internal_misc_Unsafe {
    private Target_jdk_internal_misc_Unsafe() {
    }

    /** The JDK's method, for substituted class initializers that keep an Unsafe as the JDK's do. */
    @Alias
    public static Target_jdk_internal_misc_Unsafe getUnsafe() {
        throw new AssertionError("alias");
    }

    @Alias
    public long objectFieldOffset(Class<?> c, String name) {
        throw new AssertionError("alias");
    }

    @Substitute
    private static void registerNatives() {
    }

    /** Every array's elements start at the same offset (ObjectLayout). */
    @Substitute
    private int arrayBaseOffset0(Class<?> arrayClass) {
        return ObjectLayout.ARRAY_ELEMENTS_OFFSET;
    }

    /** The element size of the array type, from its type information block. */
    @Substitute
    private int arrayIndexScale0(Class<?> arrayClass) {
        return Magic.loadInt(ClassObjects.tib(arrayClass) + TibLayout.ELEMENT_SIZE);
    }

    /** The offset of the instance field {@code name} that class {@code c} declares (HotSpot: InternalError if none). */
    @Substitute
    private long objectFieldOffset1(Class<?> c, String name) {
        int offset = ClassObjects.declaredFieldOffset(c, name);
        if (offset < 0) {
            throw new InternalError(c.getName() + " declares no instance field " + name);
        }
        return offset;
    }

    @Substitute
    public int getInt(Object o, long offset) {
        return Magic.loadInt(UnsafeMemory.at(o, offset));
    }

    @Substitute
    public void putInt(Object o, long offset, int x) {
        Magic.storeInt(UnsafeMemory.at(o, offset), x);
    }

    @Substitute
    public long getLong(Object o, long offset) {
        return Magic.loadLong(UnsafeMemory.at(o, offset));
    }

    @Substitute
    public void putLong(Object o, long offset, long x) {
        Magic.storeLong(UnsafeMemory.at(o, offset), x);
    }

    @Substitute
    public Object getReference(Object o, long offset) {
        return Magic.toObject(Magic.loadLong(UnsafeMemory.at(o, offset)));
    }

    @Substitute
    public void putReference(Object o, long offset, Object x) {
        Magic.storeLong(UnsafeMemory.at(o, offset), Magic.objectAddress(x));
    }

    @Substitute
    public boolean getBoolean(Object o, long offset) {
        return Magic.loadByte(UnsafeMemory.at(o, offset)) != 0;
    }

    @Substitute
    public void putBoolean(Object o, long offset, boolean x) {
        Magic.storeByte(UnsafeMemory.at(o, offset), (byte) (x ? 1 : 0));
    }

    @Substitute
    public byte getByte(Object o, long offset) {
        return Magic.loadByte(UnsafeMemory.at(o, offset));
    }

    @Substitute
    public void putByte(Object o, long offset, byte x) {
        Magic.storeByte(UnsafeMemory.at(o, offset), x);
    }

    @Substitute
    public short getShort(Object o, long offset) {
        return (short) Magic.loadChar(UnsafeMemory.at(o, offset));
    }

    @Substitute
    public void putShort(Object o, long offset, short x) {
        Magic.storeChar(UnsafeMemory.at(o, offset), (char) x);
    }

    @Substitute
    public char getChar(Object o, long offset) {
        return Magic.loadChar(UnsafeMemory.at(o, offset));
    }

    @Substitute
    public void putChar(Object o, long offset, char x) {
        Magic.storeChar(UnsafeMemory.at(o, offset), x);
    }

    @Substitute
    public float getFloat(Object o, long offset) {
        return Magic.intBitsToFloat(Magic.loadInt(UnsafeMemory.at(o, offset)));
    }

    @Substitute
    public void putFloat(Object o, long offset, float x) {
        Magic.storeInt(UnsafeMemory.at(o, offset), Magic.floatToRawIntBits(x));
    }

    @Substitute
    public double getDouble(Object o, long offset) {
        return Magic.longBitsToDouble(Magic.loadLong(UnsafeMemory.at(o, offset)));
    }

    @Substitute
    public void putDouble(Object o, long offset, double x) {
        Magic.storeLong(UnsafeMemory.at(o, offset), Magic.doubleToRawLongBits(x));
    }

    @Substitute
    public int getIntVolatile(Object o, long offset) {
        return getInt(o, offset);
    }

    @Substitute
    public void putIntVolatile(Object o, long offset, int x) {
        putInt(o, offset, x);
        Magic.fence();
    }

    @Substitute
    public long getLongVolatile(Object o, long offset) {
        return getLong(o, offset);
    }

    @Substitute
    public void putLongVolatile(Object o, long offset, long x) {
        putLong(o, offset, x);
        Magic.fence();
    }

    @Substitute
    public Object getReferenceVolatile(Object o, long offset) {
        return getReference(o, offset);
    }

    @Substitute
    public void putReferenceVolatile(Object o, long offset, Object x) {
        putReference(o, offset, x);
        Magic.fence();
    }

    @Substitute
    public boolean getBooleanVolatile(Object o, long offset) {
        return getBoolean(o, offset);
    }

    @Substitute
    public void putBooleanVolatile(Object o, long offset, boolean x) {
        putBoolean(o, offset, x);
        Magic.fence();
    }

    @Substitute
    public byte getByteVolatile(Object o, long offset) {
        return getByte(o, offset);
    }

    @Substitute
    public void putByteVolatile(Object o, long offset, byte x) {
        putByte(o, offset, x);
        Magic.fence();
    }

    @Substitute
    public short getShortVolatile(Object o, long offset) {
        return getShort(o, offset);
    }

    @Substitute
    public void putShortVolatile(Object o, long offset, short x) {
        putShort(o, offset, x);
        Magic.fence();
    }

    @Substitute
    public char getCharVolatile(Object o, long offset) {
        return getChar(o, offset);
    }

    @Substitute
    public void putCharVolatile(Object o, long offset, char x) {
        putChar(o, offset, x);
        Magic.fence();
    }

    @Substitute
    public float getFloatVolatile(Object o, long offset) {
        return getFloat(o, offset);
    }

    @Substitute
    public void putFloatVolatile(Object o, long offset, float x) {
        putFloat(o, offset, x);
        Magic.fence();
    }

    @Substitute
    public double getDoubleVolatile(Object o, long offset) {
        return getDouble(o, offset);
    }

    @Substitute
    public void putDoubleVolatile(Object o, long offset, double x) {
        putDouble(o, offset, x);
        Magic.fence();
    }

    @Substitute
    public final int compareAndExchangeInt(Object o, long offset, int expected, int x) {
        return Magic.compareAndExchangeInt(UnsafeMemory.at(o, offset), expected, x);
    }

    @Substitute
    public final boolean compareAndSetInt(Object o, long offset, int expected, int x) {
        return Magic.compareAndExchangeInt(UnsafeMemory.at(o, offset), expected, x) == expected;
    }

    @Substitute
    public final long compareAndExchangeLong(Object o, long offset, long expected, long x) {
        return Magic.compareAndExchangeLong(UnsafeMemory.at(o, offset), expected, x);
    }

    @Substitute
    public final boolean compareAndSetLong(Object o, long offset, long expected, long x) {
        return Magic.compareAndExchangeLong(UnsafeMemory.at(o, offset), expected, x) == expected;
    }

    @Substitute
    public final Object compareAndExchangeReference(Object o, long offset, Object expected, Object x) {
        return Magic.toObject(Magic.compareAndExchangeLong(UnsafeMemory.at(o, offset), Magic.objectAddress(expected),
                Magic.objectAddress(x)));
    }

    @Substitute
    public final boolean compareAndSetReference(Object o, long offset, Object expected, Object x) {
        return compareAndExchangeReference(o, offset, expected, x) == expected;
    }

    @Substitute
    private void ensureClassInitialized0(Class<?> c) {
        ClassObjects.initialize(c);
    }

    @Substitute
    private boolean shouldBeInitialized0(Class<?> c) {
        return ClassObjects.needsInitialization(c);
    }

    /** One thread: nobody can unpark it, and park may return spuriously; a timed park waits its time out. */
    @Substitute
    public void park(boolean isAbsolute, long time) {
        if (isAbsolute) {
            JavaThreads.sleepUntilEpochMillis(time);
        } else if (time > 0) {
            JavaThreads.sleepNanos(time);
        }
    }

    @Substitute
    public void unpark(Object thread) {
    }

    @Substitute
    public Object allocateInstance(Class<?> cls) throws InstantiationException {
        if (cls.isInterface() || cls.isArray() || cls.isPrimitive()) { // abstract classes are not told yet
            throw new InstantiationException(cls.getName());
        }
        ClassObjects.initialize(cls);
        return ClassObjects.rawInstance(cls);
    }

    @Substitute
    public void loadFence() {
        Magic.fence();
    }

    @Substitute
    public void storeFence() {
        Magic.fence();
    }

    @Substitute
    public void fullFence() {
        Magic.fence();
    }

    @Substitute
    private void copyMemory0(Object srcBase, long srcOffset, Object destBase, long destOffset, long bytes) {
        Magic.moveMemory(UnsafeMemory.at(destBase, destOffset), UnsafeMemory.at(srcBase, srcOffset), bytes);
    }

    @Substitute
    private void setMemory0(Object o, long offset, long bytes, byte value) {
        long at = UnsafeMemory.at(o, offset);
        for (long i = 0; i < bytes; i++) {
            Magic.storeByte(at + i, value);
        }
    }

    @Substitute
    public void throwException(Throwable ee) {
        UnsafeMemory.throwUnchecked(ee);
    }

    /** Copies {@code bytes} in elements of {@code elemSize} (2, 4 or 8) bytes, reversing each one's byte order. */
    @Substitute
    private void copySwapMemory0(Object srcBase, long srcOffset, Object destBase, long destOffset, long bytes,
                                 long elemSize) {
        long from = UnsafeMemory.at(srcBase, srcOffset);
        long to = UnsafeMemory.at(destBase, destOffset);
        boolean backwards = to > from && to < from + bytes; // overlapping: copy from the end, as memmove does
        for (long n = 0; n < bytes; n += elemSize) {
            long at = backwards ? bytes - elemSize - n : n;
            if (elemSize == 2) {
                Magic.storeChar(to + at, Character.reverseBytes(Magic.loadChar(from + at)));
            } else if (elemSize == 4) {
                Magic.storeInt(to + at, Integer.reverseBytes(Magic.loadInt(from + at)));
            } else {
                Magic.storeLong(to + at, Long.reverseBytes(Magic.loadLong(from + at)));
            }
        }
    }
}
