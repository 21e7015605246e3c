package org.torito.vm.classlib;

import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;
import org.torito.vm.runtime.StringTable;

/** {@code java.lang.String}'s one native: interning, through the runtime's table. */
@TargetClass("java.lang.String")
final class Target_java_lang_String {
    private Target_java_lang_String() {
    }

    @Substitute
    public String intern() {
        return StringTable.intern((String) (Object) this);
    }
}
