package org.torito.vm.classlib;

import org.torito.vm.Magic;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;
import org.torito.vm.object.ObjectLayout;
import org.torito.vm.object.TibLayout;

/** {@code jdk.internal.misc.Unsafe}'s natives, as far as the class library has needed them so far. */
@TargetClass("jdk.internal.misc.Unsafe")
final class Target_jdk_internal_misc_Unsafe {
    private Target_jdk_internal_misc_Unsafe() {
    }

    @Substitute
    private static void registerNatives() {
    }

    /** Every array's elements start at the same offset (ObjectLayout). */
    @Substitute
    private int arrayBaseOffset0(Class<?> arrayClass) {
        return ObjectLayout.ARRAY_ELEMENTS_OFFSET;
    }

    /** The element size of the array type, from its type information block. */
    @Substitute
    private int arrayIndexScale0(Class<?> arrayClass) {
        long tib = Magic.loadLong(Magic.objectAddress(arrayClass) + ClassObjects.tibOffset());
        return Magic.loadInt(tib + TibLayout.ELEMENT_SIZE);
    }
}
