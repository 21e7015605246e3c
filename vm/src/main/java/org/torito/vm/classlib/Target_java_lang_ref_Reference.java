package org.torito.vm.classlib;

import org.torito.vm.annotation.Alias;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/**
 * {@code java.lang.ref.Reference}'s natives before a collector exists: a referent stays reachable, so no
 * reference is ever pending. The collector (issue #6) discovers references and hands the pending list over
 * here.
 */
@TargetClass("java.lang.ref.Reference")
final class Target_java_lang_ref_Reference {
    /** Private in the JDK; package access here so the PhantomReference substitution reads it too. */
    @Alias
    Object referent;

    private Target_java_lang_ref_Reference() {
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
