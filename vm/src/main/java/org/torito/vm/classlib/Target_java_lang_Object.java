package org.torito.vm.classlib;

import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;
import org.torito.vm.Magic;
import org.torito.vm.object.ObjectLayout;
import org.torito.vm.object.TibLayout;
import org.torito.vm.runtime.IdentityHash;

/** {@code java.lang.Object}'s natives that the runtime provides: identity hash codes and classes. */
@TargetClass("java.lang.Object")
final class Target_java_lang_Object {
    private Target_java_lang_Object() {
    }

    @Substitute
    public int hashCode() {
        return IdentityHash.of(this);
    }

    /** The class object the image writer made for the type and linked from its type information block. */
    @Substitute(name = "getClass")
    public Class<?> typeOf() {
        long tib = Magic.loadLong(Magic.objectAddress(this) + ObjectLayout.TIB_OFFSET);
        return (Class<?>) Magic.toObject(Magic.loadLong(tib + TibLayout.CLASS_OBJECT));
    }
}
