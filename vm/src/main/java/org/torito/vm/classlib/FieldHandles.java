package org.torito.vm.classlib;

import java.lang.invoke.MethodHandles;
import org.torito.vm.Magic;
import org.torito.vm.object.ObjectLayout;
import org.torito.vm.object.TibLayout;
import org.torito.vm.runtime.TypeChecks;

/**
 * The VarHandles an image has: a field of a class, or the elements of an array type, described by where
 * the values lie. The compiler's {@code desugar.VarHandles} makes the JDK's {@code findVarHandle} and
 * {@code arrayElementVarHandle} calls come here, and each access asks {@link #fieldOffset} or
 * {@link #elementOffset} for the address it then reads or writes with {@code Unsafe}.
 */
public final class FieldHandles {
    /** What a handle's coordinates are. */
    enum Kind { INSTANCE_FIELD, STATIC_FIELD, ARRAY_ELEMENT }

    /**
     * A handle: the class declaring the field (or the array type), and the field's offset in an instance,
     * its static slot's address, or the element size.
     */
    static final class Handle {
        final Class<?> holder;
        final long offset;
        final Kind kind;

        Handle(Class<?> holder, long offset, Kind kind) {
            this.holder = holder;
            this.offset = offset;
            this.kind = kind;
        }
    }

    private FieldHandles() {
    }

    /** {@code Lookup.findVarHandle(recv, name, type)}: the instance field {@code name} of {@code recv}. */
    public static Object findVarHandle(MethodHandles.Lookup lookup, Class<?> recv, String name, Class<?> type)
            throws NoSuchFieldException {
        int offset = ClassObjects.declaredFieldOffset(recv, name);
        if (offset < 0) {
            throw new NoSuchFieldException(name);
        }
        return new Handle(recv, offset, Kind.INSTANCE_FIELD);
    }

    /**
     * {@code Lookup.findStaticVarHandle}: the static field {@code name} of {@code decl}, found in the table of
     * its class's laid-out statics (the compiler lays out a field named by constants at the factory call).
     */
    public static Object findStaticVarHandle(MethodHandles.Lookup lookup, Class<?> decl, String name, Class<?> type)
            throws NoSuchFieldException {
        long table = ClassObjects.staticFieldTable(decl);
        long count = table == 0 ? 0 : Magic.loadLong(table);
        for (long i = 0; i < count; i++) {
            long entry = table + 8 + 16 * i;
            if (name.equals(Magic.toObject(Magic.loadLong(entry)))) {
                return new Handle(decl, Magic.loadLong(entry + 8), Kind.STATIC_FIELD);
            }
        }
        throw new NoSuchFieldException(decl.getName() + "." + name + " (not laid out in the image)");
    }

    /** {@code MethodHandles.arrayElementVarHandle(arrayClass)}. */
    public static Object arrayElementVarHandle(Class<?> arrayClass) {
        if (!arrayClass.isArray()) {
            throw new IllegalArgumentException("not an array class: " + arrayClass.getName());
        }
        long elementSize = Magic.loadInt(ClassObjects.tib(arrayClass) + TibLayout.ELEMENT_SIZE);
        return new Handle(arrayClass, elementSize, Kind.ARRAY_ELEMENT);
    }

    /** Where {@code handle}'s field lies in {@code receiver}, checking the receiver as the JDK does. */
    public static long fieldOffset(Object handle, Object receiver) {
        Handle h = (Handle) handle;
        if (receiver == null) {
            throw new NullPointerException();
        }
        if (h.kind != Kind.INSTANCE_FIELD || !h.holder.isInstance(receiver)) {
            throw new ClassCastException("Cannot cast " + receiver.getClass().getName() + " to "
                    + h.holder.getName());
        }
        return h.offset;
    }

    /** Where element {@code index} of {@code array} lies, checking the array and the index as the JDK does. */
    public static long elementOffset(Object handle, Object array, int index) {
        Handle h = (Handle) handle;
        if (array == null) {
            throw new NullPointerException();
        }
        if (h.kind != Kind.ARRAY_ELEMENT || !h.holder.isInstance(array)) {
            throw new ClassCastException("Cannot cast " + array.getClass().getName() + " to "
                    + h.holder.getName());
        }
        int length = Magic.loadInt(Magic.objectAddress(array) + ObjectLayout.ARRAY_LENGTH_OFFSET);
        if (index < 0 || index >= length) {
            throw new ArrayIndexOutOfBoundsException("Index " + index + " out of bounds for length " + length);
        }
        return ObjectLayout.ARRAY_ELEMENTS_OFFSET + h.offset * index;
    }

    /**
     * The check {@code aastore} makes, for a reference stored into an array element through a handle; the
     * index was checked already ({@link #elementOffset}), so element 0 exists.
     */
    public static void checkStore(Object array, Object value) {
        TypeChecks.checkArrayStore(array, 0, value);
    }

    /** The address of {@code handle}'s static field, once its class is initialized (as the JDK's handles do). */
    public static long staticAddress(Object handle) {
        Handle h = (Handle) handle;
        if (h.kind != Kind.STATIC_FIELD) {
            throw new java.lang.invoke.WrongMethodTypeException("a handle of " + h.holder.getName()
                    + " needs coordinates");
        }
        ClassObjects.initialize(h.holder);
        return h.offset;
    }
}
