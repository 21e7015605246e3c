package org.torito.vm.gc;

import org.torito.vm.Magic;
import org.torito.vm.classlib.ReferenceQueues;
import org.torito.vm.object.TibLayout;

/**
 * Soft, weak and phantom references. While marking, a reference whose referent is not (yet) marked is
 * discovered: linked into a list through its {@code discovered} field instead of tracing the referent. Once
 * marking is done, a discovered reference whose referent is still unmarked is cleared and becomes pending;
 * after the collection the pending references go to their queues, on the thread that collected (the JDK's
 * reference handler thread has no core of its own). Soft references are traced like strong ones unless the
 * collection is the last try before an {@code OutOfMemoryError}, which clears them all (as the JDK
 * promises). Phantom references are cleared too, as since JDK 9.
 */
final class References {
    /** Offsets of {@code Reference.referent} and {@code Reference.discovered}; stored by the image writer. */
    private static int referentOffset;
    private static int discoveredOffset;

    /**
     * The references discovered by the current marking (address of the first, {@link #END} for none). The
     * list ends in a non-zero value so that a reference scanned twice (after a mark stack overflow) is
     * known to be on it: its {@code discovered} field is not 0.
     */
    private static long discovered;
    private static final long END = 1;
    /** Cleared references waiting for their queues; a root, linked through {@code discovered}. */
    private static Object pending;
    private static boolean clearSoft;

    private References() {
    }

    static void begin(boolean clearSoftReferences) {
        discovered = END;
        clearSoft = clearSoftReferences;
    }

    /** Called for each marked reference object, whose referent the marking leaves to this class. */
    static void discover(long reference, int flags) {
        long referent = reference + referentOffset;
        if (Marker.isVerifying() || (flags & TibLayout.SOFT_REFERENCE) != 0 && !clearSoft) {
            Marker.markSlot(referent); // what survived must be valid, and soft references hold on
            return;
        }
        long object = Magic.loadLong(referent);
        if (object == 0 || !BlockTable.contains(object) || Marker.isMarked(object)
                || Magic.loadLong(reference + discoveredOffset) != 0) {
            return;
        }
        Magic.storeLong(reference + discoveredOffset, discovered);
        discovered = reference;
    }

    /** After marking: clears the references whose referents nothing else reached; they become pending. */
    static void clearUnreachable() {
        long reference = discovered;
        discovered = END;
        while (reference != END) {
            long next = Magic.loadLong(reference + discoveredOffset);
            Magic.storeLong(reference + discoveredOffset, 0);
            long object = Magic.loadLong(reference + referentOffset);
            if (object != 0 && !Marker.isMarked(object)) {
                Magic.storeLong(reference + referentOffset, 0);
                Magic.storeLong(reference + discoveredOffset, Magic.objectAddress(pending));
                pending = Magic.toObject(reference);
            }
            reference = next;
        }
    }

    /** Puts the pending references on their queues (Java code: run outside the collection). */
    static void enqueuePending() {
        while (pending != null) {
            Object reference = pending;
            long address = Magic.objectAddress(reference);
            pending = Magic.toObject(Magic.loadLong(address + discoveredOffset));
            Magic.storeLong(address + discoveredOffset, 0);
            ReferenceQueues.enqueue(reference);
        }
    }
}
