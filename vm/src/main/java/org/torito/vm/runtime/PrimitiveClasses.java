package org.torito.vm.runtime;

/**
 * The class objects of the primitive types ({@code int.class} is {@code Integer.TYPE}, which the JDK gets
 * from {@code Class.getPrimitiveClass("int")}). The image writer makes them and stores them here.
 */
public final class PrimitiveClasses {
    public static Class<?> booleanClass;
    public static Class<?> byteClass;
    public static Class<?> charClass;
    public static Class<?> shortClass;
    public static Class<?> intClass;
    public static Class<?> longClass;
    public static Class<?> floatClass;
    public static Class<?> doubleClass;
    public static Class<?> voidClass;

    private PrimitiveClasses() {
    }

    /**
     * The class of the primitive type named {@code name}. The JDK passes string literals, and literals are
     * one interned object per value in an image, so identity is enough (and needs no String method).
     */
    public static Class<?> named(String name) {
        if (name == "boolean") {
            return booleanClass;
        } else if (name == "byte") {
            return byteClass;
        } else if (name == "char") {
            return charClass;
        } else if (name == "short") {
            return shortClass;
        } else if (name == "int") {
            return intClass;
        } else if (name == "long") {
            return longClass;
        } else if (name == "float") {
            return floatClass;
        } else if (name == "double") {
            return doubleClass;
        } else if (name == "void") {
            return voidClass;
        }
        throw new IllegalArgumentException();
    }
}
