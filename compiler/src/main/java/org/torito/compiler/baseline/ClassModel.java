package org.torito.compiler.baseline;

/**
 * What the compiler must know about classes besides the method it compiles: field offsets, instance sizes,
 * vtable slots. Answered by whoever links the code — the image writer at build time, the run-time class
 * loader later — from the same {@link org.torito.vm.object.FieldLayout} and vtable rules, so the answers
 * agree with the type information blocks they write.
 */
public interface ClassModel extends org.torito.compiler.desugar.GeneratedClasses {
    /** How a virtual call is made: through vtable slot {@code vtableIndex}, or directly (private, final). */
    record VirtualTarget(int vtableIndex, MethodReference direct) {
    }

    /** The offset of instance field {@code owner.name:descriptor}, resolved as JVMS §5.4.3.2 says. */
    int fieldOffset(String owner, String name, String descriptor);

    /** The size in bytes of an instance of class {@code className} (header included). */
    int instanceSize(String className);

    /** How {@code invokevirtual owner.name descriptor} calls (JVMS §5.4.3.3, §5.4.6). */
    VirtualTarget virtualTarget(String owner, String name, String descriptor);

    /**
     * Where an interface method is found at run time: its declaring interface and index there; or, for a
     * private interface method (JVMS §5.4.3.4, nestmates), {@code direct}: no lookup, a direct call.
     */
    record InterfaceTarget(String declaringInterface, int index, MethodReference direct) {
    }

    /**
     * How {@code invokeinterface owner.name descriptor} finds its method: through the itable entry of the
     * interface that declares it, or, for a method of {@code Object} (JVMS §5.4.3.4), null: call it virtually.
     */
    InterfaceTarget interfaceTarget(String owner, String name, String descriptor);

    /** The class that declares static field {@code owner.name} (JVMS §5.4.3.2: the owner or a supertype). */
    String staticFieldOwner(String owner, String name, String descriptor);

    /** The class that declares static method {@code owner.name descriptor} (JVMS §5.4.3.3). */
    String staticMethodOwner(String owner, String name, String descriptor);

    /**
     * Whether code of {@code currentClass} must make sure {@code targetClass} is initialized before using it
     * (JVMS §5.5): false when the target needs no initialization, or is the current class or one of its
     * superclasses, which are initialized before any of the current class's code runs.
     */
    boolean needsInitializationCheck(String currentClass, String targetClass);
}
