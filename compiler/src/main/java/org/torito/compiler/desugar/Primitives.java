package org.torito.compiler.desugar;

import org.objectweb.asm.Type;

/** The primitive types and their wrapper classes, as the generated code boxes, unboxes and hashes them. */
final class Primitives {
    private static final Type[] ALL = {Type.BOOLEAN_TYPE, Type.CHAR_TYPE, Type.BYTE_TYPE, Type.SHORT_TYPE,
        Type.INT_TYPE, Type.LONG_TYPE, Type.FLOAT_TYPE, Type.DOUBLE_TYPE};

    private Primitives() {
    }

    /** The wrapper class of {@code primitive}. */
    static Type boxOf(Type primitive) {
        return Type.getObjectType(switch (primitive.getSort()) {
            case Type.BOOLEAN -> "java/lang/Boolean";
            case Type.CHAR -> "java/lang/Character";
            case Type.BYTE -> "java/lang/Byte";
            case Type.SHORT -> "java/lang/Short";
            case Type.INT -> "java/lang/Integer";
            case Type.LONG -> "java/lang/Long";
            case Type.FLOAT -> "java/lang/Float";
            case Type.DOUBLE -> "java/lang/Double";
            default -> throw new IllegalArgumentException(primitive + " is not a primitive type");
        });
    }

    /** The primitive type that wrapper class {@code type} boxes, or null if it is no wrapper. */
    static Type unboxedOf(Type type) {
        for (Type primitive : ALL) {
            if (boxOf(primitive).equals(type)) {
                return primitive;
            }
        }
        return null;
    }
}
