package org.torito.vm.classlib;

/** How the collector hands a cleared reference to its queue: as the JDK's reference handler thread does. */
public final class ReferenceQueues {
    private ReferenceQueues() {
    }

    /** Enqueues {@code reference} (a {@code java.lang.ref.Reference}) on its queue, if it has one. */
    public static void enqueue(Object reference) {
        ((Target_java_lang_ref_Reference) reference).enqueueFromPending();
    }
}
