package org.torito.vm.classlib;

import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;
import org.torito.vm.runtime.IdentityHash;

/** {@code java.lang.Object}'s natives that the runtime provides. */
@TargetClass("java.lang.Object")
final class Target_java_lang_Object {
    private Target_java_lang_Object() {
    }

    @Substitute
    public int hashCode() {
        return IdentityHash.of(this);
    }
}
