package org.torito.vm.classlib;

import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;
import org.torito.vm.runtime.ArrayCopy;

/** {@code java.lang.System}'s natives that the runtime provides so far. */
@TargetClass("java.lang.System")
final class Target_java_lang_System {
    private Target_java_lang_System() {
    }

    /** HotSpot binds System's natives here; Torito's are substitutions, so there is nothing to register. */
    @Substitute
    private static void registerNatives() {
    }

    @Substitute
    public static void arraycopy(Object src, int srcPos, Object dest, int destPos, int length) {
        ArrayCopy.arraycopy(src, srcPos, dest, destPos, length);
    }
}
