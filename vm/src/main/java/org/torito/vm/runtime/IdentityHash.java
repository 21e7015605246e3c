package org.torito.vm.runtime;

import org.torito.vm.Magic;
import org.torito.vm.object.ObjectLayout;

/**
 * Identity hash codes ({@code Object.hashCode}, {@code System.identityHashCode}): made on first use from a
 * xorshift sequence and kept in the low 31 bits of the object's status word (never 0, so 0 means "none
 * yet"), so an object keeps its hash for life. Objects do not move yet; a moving collector will keep the
 * word with the object.
 */
public final class IdentityHash {
    private static final long HASH_MASK = 0x7FFF_FFFFL;
    /** xorshift state; touched only by the boot CPU for now. */
    private static long state;

    private IdentityHash() {
    }

    public static int of(Object object) {
        if (object == null) {
            return 0;
        }
        long status = Magic.objectAddress(object) + ObjectLayout.STATUS_OFFSET;
        long word = Magic.loadLong(status);
        long hash = word & HASH_MASK;
        if (hash == 0) {
            hash = next();
            Magic.storeLong(status, (word & ~HASH_MASK) | hash);
        }
        return (int) hash;
    }

    /** The next non-zero 31-bit value of a xorshift64 sequence (Marsaglia, 2003). */
    private static long next() {
        long x = state == 0 ? 0x2545_F491_4F6C_DD1DL : state;
        long hash;
        do {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            hash = x & HASH_MASK;
        } while (hash == 0);
        state = x;
        return hash;
    }
}
