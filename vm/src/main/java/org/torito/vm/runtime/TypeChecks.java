package org.torito.vm.runtime;

import org.torito.vm.Magic;
import org.torito.vm.object.ObjectLayout;
import org.torito.vm.object.TibLayout;

/**
 * Subtype tests on type information blocks ({@link TibLayout}), JVMS §6.5 checkcast/instanceof/aastore, and
 * interface method lookup. Correct first: classes take the display test, interfaces and arrays a search.
 */
public final class TypeChecks {
    private TypeChecks() {
    }

    private static long tibOf(Object object) {
        return Magic.loadLong(Magic.objectAddress(object) + ObjectLayout.TIB_OFFSET);
    }

    /** {@code instanceof}: false for null. */
    public static boolean instanceOf(Object object, long targetTib) {
        return object != null && isSubtype(tibOf(object), targetTib);
    }

    /** {@code checkcast}: null passes. */
    public static void checkCast(Object object, long targetTib) {
        if (object != null && !isSubtype(tibOf(object), targetTib)) {
            Traps.classCast(tibOf(object), targetTib, Magic.returnAddress(), Magic.loadLong(Magic.framePointer()));
        }
    }

    /**
     * {@code aastore}: the value must fit the array's element type (JVMS §6.5 aastore), checked only once the
     * array is known not to be null and the index to be in bounds: those failures come first, from the
     * store's own checks, which follow this one.
     */
    public static void checkArrayStore(Object array, int index, Object value) {
        if (value != null && array != null
                && Integer.compareUnsigned(index, Magic.loadInt(Magic.objectAddress(array)
                        + ObjectLayout.ARRAY_LENGTH_OFFSET)) < 0) {
            long element = Magic.loadLong(tibOf(array) + TibLayout.ELEMENT_TIB);
            if (!isSubtype(tibOf(value), element)) {
                Traps.arrayStore(tibOf(value), tibOf(array), Magic.returnAddress(),
                        Magic.loadLong(Magic.framePointer()));
            }
        }
    }

    /** Whether type {@code s} is assignable to type {@code t} (JVMS §6.5 checkcast, the rules for S and T). */
    public static boolean isSubtype(long s, long t) {
        if (s == t) {
            return true;
        }
        int targetKind = Magic.loadInt(t + TibLayout.KIND);
        if (targetKind == TibLayout.KIND_CLASS) {
            int depth = Magic.loadInt(t + TibLayout.DEPTH);
            return Magic.loadInt(s + TibLayout.DEPTH) >= depth
                    && Magic.loadLong(Magic.loadLong(s + TibLayout.DISPLAY) + 8L * depth) == t;
        }
        if (targetKind == TibLayout.KIND_INTERFACE) {
            long interfaces = Magic.loadLong(s + TibLayout.INTERFACES);
            long count = Magic.loadLong(interfaces);
            for (long i = 0; i < count; i++) {
                if (Magic.loadLong(interfaces + 8 + 8 * i) == t) {
                    return true;
                }
            }
            return false;
        }
        // an array type: s must be an array whose elements are references assignable to t's elements
        if (Magic.loadInt(s + TibLayout.KIND) != TibLayout.KIND_ARRAY) {
            return false;
        }
        long sElement = Magic.loadLong(s + TibLayout.ELEMENT_TIB);
        long tElement = Magic.loadLong(t + TibLayout.ELEMENT_TIB);
        return sElement != 0 && tElement != 0 && isSubtype(sElement, tElement);
    }

    /**
     * The code address of method {@code index} of interface {@code interfaceTib} for {@code receiver}'s class
     * ({@code invokeinterface}, JVMS §6.5): found in the class's itable.
     */
    public static long interfaceMethod(Object receiver, long interfaceTib, int index) {
        if (receiver == null) {
            Traps.nullPointer(Magic.returnAddress(), Magic.loadLong(Magic.framePointer()));
        }
        long tib = tibOf(receiver);
        long itable = Magic.loadLong(tib + TibLayout.ITABLE);
        long count = Magic.loadLong(itable);
        for (long i = 0; i < count; i++) {
            long entry = itable + 8 + 16 * i;
            if (Magic.loadLong(entry) == interfaceTib) {
                return Magic.loadLong(Magic.loadLong(entry + 8) + 8L * index);
            }
        }
        Traps.incompatibleClassChange(tib, interfaceTib, Magic.returnAddress(),
                Magic.loadLong(Magic.framePointer()));
        return 0;
    }
}
