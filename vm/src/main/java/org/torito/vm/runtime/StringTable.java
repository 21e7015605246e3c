package org.torito.vm.runtime;

import org.torito.vm.Magic;

/**
 * {@code String.intern}: one canonical String per value. The image's string literals are interned by
 * construction (one object per value); the image writer leaves their addresses here, and the table starts
 * from them the first time a string is interned at run time. A linear table for now: interning is rare.
 */
public final class StringTable {
    /** Address of the image's literals (count, then addresses), stored by the image writer. */
    static long imageLiterals;
    /** Strings interned at run time that are not literals; grown by doubling. */
    private static String[] added;
    private static int addedCount;

    private StringTable() {
    }

    public static String intern(String s) {
        long count = Magic.loadLong(imageLiterals);
        for (long i = 0; i < count; i++) {
            String literal = (String) Magic.toObject(Magic.loadLong(imageLiterals + 8 + 8 * i));
            if (literal.equals(s)) {
                return literal;
            }
        }
        for (int i = 0; i < addedCount; i++) {
            if (added[i].equals(s)) {
                return added[i];
            }
        }
        if (added == null || addedCount == added.length) {
            String[] larger = new String[addedCount == 0 ? 16 : 2 * addedCount];
            for (int i = 0; i < addedCount; i++) {
                larger[i] = added[i];
            }
            added = larger;
        }
        added[addedCount++] = s;
        return s;
    }
}
