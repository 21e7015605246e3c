package org.torito.vm.classlib;

import org.torito.vm.Magic;
import org.torito.vm.object.TibLayout;

/**
 * Where a {@code java.lang.Class} object keeps its type information block: the field that
 * {@link Target_java_lang_Class} injects. The image writer stores the offset here, as it lays class objects
 * out with the injected field.
 */
public final class ClassObjects {
    /** Byte offset of the injected {@code typeInformationBlock} field in a Class object; set by the image writer. */
    static int tibFieldOffset;

    private ClassObjects() {
    }

    /** The type information block of the type that {@code c} stands for. */
    static long tib(Class<?> c) {
        return Magic.loadLong(Magic.objectAddress(c) + tibFieldOffset);
    }

    /** The offset of the instance field {@code name} that {@code c} itself declares, or -1 (TibLayout.FIELDS). */
    static int declaredFieldOffset(Class<?> c, String name) {
        long table = Magic.loadLong(tib(c) + TibLayout.FIELDS);
        long count = Magic.loadLong(table);
        for (long i = 0; i < count; i++) {
            long entry = table + 8 + TibLayout.FIELD_ENTRY_BYTES * i;
            if (nameIs(entry, name)) {
                return Magic.loadInt(entry + TibLayout.FIELD_OFFSET);
            }
        }
        return -1;
    }

    private static boolean nameIs(long entry, String name) {
        int length = Magic.loadInt(entry + TibLayout.FIELD_NAME_LENGTH);
        if (length != name.length()) {
            return false;
        }
        long chars = Magic.loadLong(entry + TibLayout.FIELD_NAME);
        for (int k = 0; k < length; k++) {
            if (Magic.loadChar(chars + 2L * k) != name.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
