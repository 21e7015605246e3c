package org.torito.vm.classlib;

import org.torito.vm.annotation.Alias;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/**
 * {@code java.lang.ref.Reference}'s natives. The collector ({@code vm.gc.References}) clears references and
 * queues them itself right after a collection ({@link ReferenceQueues}), so the JDK's pending list, which
 * only its reference handler thread would read, stays empty.
 */
@TargetClass("java.lang.ref.Reference")
final class Target_java_lang_ref_Reference {
    /** Private in the JDK; package access here so the PhantomReference substitution reads it too. */
    @Alias
    Object referent;

    private Target_java_lang_ref_Reference() {
    }

    /** What the reference handler does with a pending reference: queue it unless it has no queue. */
    @Alias
    void enqueueFromPending() {
        throw new AssertionError("alias");
    }

    @Substitute
    private static Target_java_lang_ref_Reference getAndClearReferencePendingList() {
        return null;
    }

    @Substitute
    private static boolean hasReferencePendingList() {
        return false;
    }

    /** Only the reference handler thread waits here, and it does not get the core while main runs. */
    @Substitute
    private static void waitForReferencePendingList() {
        throw new InternalError("waitForReferencePendingList: no collector hands out references yet");
    }

    @Substitute
    private boolean refersTo0(Object o) {
        return referent == o;
    }

    @Substitute
    private void clear0() {
        referent = null;
    }
}
