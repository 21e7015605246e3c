package org.torito.vm.runtime;

import org.torito.vm.Magic;
import org.torito.vm.object.ObjectLayout;
import org.torito.vm.object.TibLayout;

/**
 * {@code System.arraycopy} with the JDK's exact rules (its javadoc): null arrays throw NullPointerException;
 * non-arrays, primitive arrays of different types, or primitive to reference arrays throw
 * ArrayStoreException before anything is copied; negative or out-of-range positions and lengths throw
 * IndexOutOfBoundsException (ArrayIndexOutOfBoundsException) before anything is copied; overlapping ranges
 * of one array copy as if through a temporary; between reference arrays of different types each element is
 * checked, and the elements before a failing one stay copied.
 */
public final class ArrayCopy {
    private ArrayCopy() {
    }

    private static long tibOf(Object object) {
        return Magic.loadLong(Magic.objectAddress(object) + ObjectLayout.TIB_OFFSET);
    }

    public static void arraycopy(Object src, int srcPos, Object dest, int destPos, int length) {
        if (src == null || dest == null) {
            throw new NullPointerException();
        }
        long srcTib = tibOf(src);
        long destTib = tibOf(dest);
        if (Magic.loadInt(srcTib + TibLayout.KIND) != TibLayout.KIND_ARRAY) {
            throw new ArrayStoreException("arraycopy: source type " + src.getClass().getName() + " is not an array");
        }
        if (Magic.loadInt(destTib + TibLayout.KIND) != TibLayout.KIND_ARRAY) {
            throw new ArrayStoreException("arraycopy: destination type " + dest.getClass().getName()
                    + " is not an array");
        }
        long srcElement = Magic.loadLong(srcTib + TibLayout.ELEMENT_TIB);
        long destElement = Magic.loadLong(destTib + TibLayout.ELEMENT_TIB);
        boolean references = srcElement != 0;
        if (references != (destElement != 0) || !references && srcTib != destTib) { // primitives: same type only
            throw new ArrayStoreException("arraycopy: type mismatch: can not copy " + kindName(src) + "[] into "
                    + kindName(dest) + "[]");
        }
        int srcLength = Magic.loadInt(Magic.objectAddress(src) + ObjectLayout.ARRAY_LENGTH_OFFSET);
        int destLength = Magic.loadInt(Magic.objectAddress(dest) + ObjectLayout.ARRAY_LENGTH_OFFSET);
        if (srcPos < 0) {
            throw outOfBounds("source index " + srcPos, src, srcLength);
        } else if (destPos < 0) {
            throw outOfBounds("destination index " + destPos, dest, destLength);
        } else if (length < 0) {
            throw new ArrayIndexOutOfBoundsException("arraycopy: length " + length + " is negative");
        } else if (srcPos > srcLength - length) {
            throw outOfBounds("last source index " + ((long) srcPos + length), src, srcLength);
        } else if (destPos > destLength - length) {
            throw outOfBounds("last destination index " + ((long) destPos + length), dest, destLength);
        }
        int elementBytes = Magic.loadInt(srcTib + TibLayout.ELEMENT_SIZE);
        long from = Magic.objectAddress(src) + ObjectLayout.ARRAY_ELEMENTS_OFFSET + (long) srcPos * elementBytes;
        long to = Magic.objectAddress(dest) + ObjectLayout.ARRAY_ELEMENTS_OFFSET + (long) destPos * elementBytes;
        if (!references || TypeChecks.isSubtype(srcTib, destTib)) {
            Magic.moveMemory(to, from, (long) length * elementBytes); // every element fits: one move
            return;
        }
        for (int i = 0; i < length; i++) { // element by element, each checked against dest's element type
            long value = Magic.loadLong(from + 8L * i);
            if (value != 0 && !TypeChecks.isSubtype(Magic.loadLong(value + ObjectLayout.TIB_OFFSET), destElement)) {
                throw elementMismatch(src.getClass().getComponentType(), dest.getClass().getComponentType());
            }
            Magic.storeLong(to + 8L * i, value);
        }
    }

    /** HotSpot's words: no element could fit when the destination's type is not the source's (or below it). */
    private static ArrayStoreException elementMismatch(Class<?> source, Class<?> destination) {
        if (!source.isAssignableFrom(destination)) {
            return new ArrayStoreException("arraycopy: type mismatch: can not copy " + source.getName() + "[] into "
                    + destination.getName() + "[]");
        }
        return new ArrayStoreException("arraycopy: element type mismatch: can not cast one of the elements of "
                + source.getName() + "[] to the type of the destination array, " + destination.getName());
    }

    private static ArrayIndexOutOfBoundsException outOfBounds(String what, Object array, int length) {
        return new ArrayIndexOutOfBoundsException("arraycopy: " + what + " out of bounds for " + kindName(array)
                + "[" + length + "]");
    }

    /** How HotSpot names an array's kind in arraycopy messages: its primitive element type, or "object array". */
    private static String kindName(Object array) {
        Class<?> element = array.getClass().getComponentType();
        return element.isPrimitive() ? element.getName() : "object array";
    }
}
