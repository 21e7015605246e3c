package org.torito.compiler.baseline;

/**
 * A {@link ClassModel} for compiler tests of code that only calls static methods of classes without static
 * initializers: every static member is where the bytecode says, and nothing needs initialization. Any other
 * question fails the test.
 */
final class StaticOnlyModel implements ClassModel {
    static final StaticOnlyModel INSTANCE = new StaticOnlyModel();

    private StaticOnlyModel() {
    }

    private static AssertionError unexpected(String what) {
        return new AssertionError("the code under test should not need " + what);
    }

    @Override
    public int fieldOffset(String owner, String name, String descriptor) {
        throw unexpected("instance field " + owner + "." + name);
    }

    @Override
    public int instanceSize(String className) {
        throw unexpected("instances of " + className);
    }

    @Override
    public VirtualTarget virtualTarget(String owner, String name, String descriptor) {
        throw unexpected("virtual call " + owner + "." + name + descriptor);
    }

    @Override
    public InterfaceTarget interfaceTarget(String owner, String name, String descriptor) {
        throw unexpected("interface call " + owner + "." + name + descriptor);
    }

    @Override
    public String staticFieldOwner(String owner, String name, String descriptor) {
        return owner;
    }

    @Override
    public String staticMethodOwner(String owner, String name, String descriptor) {
        return owner;
    }

    @Override
    public boolean needsInitializationCheck(String currentClass, String targetClass) {
        return false;
    }

    @Override
    public void define(String internalName, byte[] classFile) {
        throw unexpected("generated class " + internalName);
    }

    @Override
    public String simpleName(String internalName) {
        throw unexpected("simple name of " + internalName);
    }
}
