package org.torito.vm.classlib;

import org.torito.vm.Magic;
import org.torito.vm.annotation.Substitute;
import org.torito.vm.annotation.TargetClass;
import org.torito.vm.object.TibLayout;
import org.torito.vm.runtime.Allocation;

/**
 * Arrays of a type known only at run time ({@code Arrays.copyOf}, collections' {@code toArray}). In a closed
 * world the array type must be one the image has: the type information block of the component links to it.
 */
@TargetClass("java.lang.reflect.Array")
final class Target_java_lang_reflect_Array {
    private Target_java_lang_reflect_Array() {
    }

    @Substitute
    private static Object newArray(Class<?> componentType, int length) {
        if (componentType == null) {
            throw new NullPointerException();
        }
        if (componentType == void.class) {
            throw new IllegalArgumentException();
        }
        long component = ClassObjects.tib(componentType);
        long arrayTib = component == 0 ? 0 : Magic.loadLong(component + TibLayout.ARRAY_TIB);
        if (arrayTib == 0) {
            throw new UnsupportedOperationException("the image has no array type " + componentType.getName()
                    + "[]: no code it compiled uses that type");
        }
        return Allocation.newArray(arrayTib, length, Magic.loadInt(arrayTib + TibLayout.ELEMENT_SIZE));
    }
}
