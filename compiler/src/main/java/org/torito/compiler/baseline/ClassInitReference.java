package org.torito.compiler.baseline;

/**
 * The initialization record of a class ({@code org.torito.vm.runtime.ClassInit}), as a relocation target:
 * compiled code reads its state before using the class.
 */
public record ClassInitReference(String className) {
    @Override
    public String toString() {
        return "init record of " + className.replace('/', '.');
    }
}
