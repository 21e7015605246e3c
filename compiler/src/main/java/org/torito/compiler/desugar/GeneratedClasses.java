package org.torito.compiler.desugar;

/**
 * Where desugaring puts the classes it generates (a lambda's class, a record's methods), and what it must
 * know about the classes it generates them for. Implemented by whoever owns the set of classes: the image
 * writer's closed world at build time, the class loader at run time.
 */
public interface GeneratedClasses {
    /** Adds class {@code internalName}; code that names it is then compiled like any other class's. */
    void define(String internalName, byte[] classFile);

    /** {@code Class.getSimpleName()} of class {@code internalName}, known from its InnerClasses attribute. */
    String simpleName(String internalName);
}
