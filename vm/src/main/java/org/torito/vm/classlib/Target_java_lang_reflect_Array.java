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
        if (length < 0) {
            throw new NegativeArraySizeException(String.valueOf(length));
        }
        long arrayTib = ClassObjects.arrayTib(componentType);
        return Allocation.newArray(arrayTib, length, Magic.loadInt(arrayTib + TibLayout.ELEMENT_SIZE));
    }

    /** Arrays of arrays, {@code dimensions[0]} outermost, as {@code multianewarray} makes them. */
    @Substitute
    private static Object multiNewArray(Class<?> componentType, int[] dimensions) {
        if (componentType == null || dimensions == null) {
            throw new NullPointerException();
        }
        if (dimensions.length == 0 || componentType == void.class) {
            throw new IllegalArgumentException();
        }
        for (int d : dimensions) {
            if (d < 0) {
                throw new NegativeArraySizeException(String.valueOf(d));
            }
        }
        return ClassObjects.newMultiArray(componentType, dimensions);
    }

    @Substitute
    public static int getLength(Object array) {
        if (array == null) {
            throw new NullPointerException();
        }
        if (!array.getClass().isArray()) {
            throw new IllegalArgumentException("Argument is not an array");
        }
        return Magic.loadInt(Magic.objectAddress(array) + org.torito.vm.object.ObjectLayout.ARRAY_LENGTH_OFFSET);
    }
}
