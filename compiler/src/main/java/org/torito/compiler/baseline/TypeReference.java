package org.torito.compiler.baseline;

/**
 * The type information block of a type, as a relocation target: {@code descriptor} is a JVM field
 * descriptor ({@code Ljava/lang/String;}, {@code [I}).
 */
public record TypeReference(String descriptor) {
    /** The reference for a class or interface by internal name, or for an array type by its descriptor. */
    public static TypeReference of(String internalNameOrArrayDescriptor) {
        return new TypeReference(internalNameOrArrayDescriptor.startsWith("[") ? internalNameOrArrayDescriptor
                : "L" + internalNameOrArrayDescriptor + ";");
    }

    @Override
    public String toString() {
        return descriptor.startsWith("L") ? descriptor.substring(1, descriptor.length() - 1).replace('/', '.')
                : descriptor.replace('/', '.');
    }
}
