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
        if (Magic.loadInt(srcTib + TibLayout.KIND) != TibLayout.KIND_ARRAY
                || Magic.loadInt(destTib + TibLayout.KIND) != TibLayout.KIND_ARRAY) {
            throw new ArrayStoreException();
        }
        long srcElement = Magic.loadLong(srcTib + TibLayout.ELEMENT_TIB);
        long destElement = Magic.loadLong(destTib + TibLayout.ELEMENT_TIB);
        boolean references = srcElement != 0;
        if (references != (destElement != 0) || !references && srcTib != destTib) {
            throw new ArrayStoreException(); // primitive arrays must be of the same type
        }
        int srcLength = Magic.loadInt(Magic.objectAddress(src) + ObjectLayout.ARRAY_LENGTH_OFFSET);
        int destLength = Magic.loadInt(Magic.objectAddress(dest) + ObjectLayout.ARRAY_LENGTH_OFFSET);
        if (srcPos < 0 || destPos < 0 || length < 0 || srcPos > srcLength - length
                || destPos > destLength - length) {
            throw new ArrayIndexOutOfBoundsException();
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
                throw new ArrayStoreException();
            }
            Magic.storeLong(to + 8L * i, value);
        }
    }
}
