package org.torito.vm.classlib;

/**
 * Where a {@code java.lang.Class} object keeps its type information block: the field that
 * {@link Target_java_lang_Class} injects. The image writer stores the offset here, as it lays class objects
 * out with the injected field.
 */
public final class ClassObjects {
    /** Byte offset of the injected {@code typeInformationBlock} field in a Class object; set by the image writer. */
    static int tibFieldOffset;

    private ClassObjects() {
    }

    static int tibOffset() {
        return tibFieldOffset;
    }
}
