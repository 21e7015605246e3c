package org.torito.vm.classlib;

import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;

/** {@code PhantomReference.refersTo0}: the referent field, as for every reference (see Reference's target). */
@TargetClass("java.lang.ref.PhantomReference")
final class Target_java_lang_ref_PhantomReference {
    private Target_java_lang_ref_PhantomReference() {
    }

    @Substitute
    private boolean refersTo0(Object o) {
        return ((Target_java_lang_ref_Reference) (Object) this).referent == o;
    }
}
