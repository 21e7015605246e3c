package org.torito.vm.classlib;

import org.torito.vm.annotation.Alias;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;
import org.torito.vm.runtime.PrimitiveClasses;

/**
 * {@code java.lang.Class} as far as the runtime needs it today: assertions are off, as {@code java} runs,
 * and names are filled in by the image writer (one class object per type in the image).
 */
@TargetClass("java.lang.Class")
final class Target_java_lang_Class {
    @Alias
    private transient String name;

    private Target_java_lang_Class() {
    }

    /** The image writer sets every class object's name, so this only returns it. */
    @Substitute
    private String initClassName() {
        return name;
    }

    /** HotSpot binds Class's natives here; Torito's are substitutions, so there is nothing to register. */
    @Substitute
    private static void registerNatives() {
    }

    @Substitute
    static Class<?> getPrimitiveClass(String name) {
        return PrimitiveClasses.named(name);
    }

    @Substitute
    public boolean desiredAssertionStatus() {
        return false;
    }
}
