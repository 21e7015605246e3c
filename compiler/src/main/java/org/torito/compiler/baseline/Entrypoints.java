package org.torito.compiler.baseline;

/**
 * The runtime methods compiled code calls, resolved by class, name and descriptor in one place
 * (ARCHITECTURE.md §4; Jikes RVM's Entrypoints). The image writer makes each one a root of the closed world.
 */
public final class Entrypoints {
    private static final String ALLOCATION = "org/torito/vm/runtime/Allocation";
    private static final String TRAPS = "org/torito/vm/runtime/Traps";
    private static final String TYPE_CHECKS = "org/torito/vm/runtime/TypeChecks";

    public static final MethodReference NEW_OBJECT = new MethodReference(ALLOCATION, "newObject",
            "(JI)Ljava/lang/Object;");
    public static final MethodReference NEW_ARRAY = new MethodReference(ALLOCATION, "newArray",
            "(JII)Ljava/lang/Object;");
    public static final MethodReference NULL_POINTER = new MethodReference(TRAPS, "nullPointer", "()V");
    public static final MethodReference ARRAY_INDEX = new MethodReference(TRAPS, "arrayIndex", "(II)V");
    public static final MethodReference STACK_OVERFLOW = new MethodReference(TRAPS, "stackOverflow", "()V");
    public static final MethodReference NEW_MULTI_ARRAY = new MethodReference(ALLOCATION, "newMultiArray",
            "(JIJ)Ljava/lang/Object;");
    public static final MethodReference DIVIDE_BY_ZERO = new MethodReference(TRAPS, "divideByZero", "()V");
    public static final MethodReference ATHROW = new MethodReference("org/torito/vm/runtime/Exceptions", "athrow",
            "(Ljava/lang/Throwable;)V");
    public static final MethodReference INITIALIZE_CLASS = new MethodReference("org/torito/vm/runtime/ClassInit",
            "initialize", "(J)V");
    public static final MethodReference UNREACHABLE_METHOD = new MethodReference(TRAPS, "unreachableMethod", "()V");
    public static final MethodReference INSTANCE_OF = new MethodReference(TYPE_CHECKS, "instanceOf",
            "(Ljava/lang/Object;J)Z");
    public static final MethodReference CHECK_CAST = new MethodReference(TYPE_CHECKS, "checkCast",
            "(Ljava/lang/Object;J)V");
    public static final MethodReference CHECK_ARRAY_STORE = new MethodReference(TYPE_CHECKS, "checkArrayStore",
            "(Ljava/lang/Object;ILjava/lang/Object;)V");
    public static final MethodReference INTERFACE_METHOD = new MethodReference(TYPE_CHECKS, "interfaceMethod",
            "(Ljava/lang/Object;JI)J");

    /** Every entry point: roots of every image. */
    public static final java.util.List<MethodReference> ALL = java.util.List.of(NEW_OBJECT, NEW_ARRAY, NULL_POINTER,
            ARRAY_INDEX, STACK_OVERFLOW, NEW_MULTI_ARRAY, DIVIDE_BY_ZERO, ATHROW, INITIALIZE_CLASS, UNREACHABLE_METHOD, INSTANCE_OF, CHECK_CAST, CHECK_ARRAY_STORE, INTERFACE_METHOD);

    private Entrypoints() {
    }
}
