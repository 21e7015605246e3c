package org.torito.compiler.baseline;

/**
 * The entry point of a method, as a relocation target: {@code owner} is the internal class name
 * ({@code org/example/Hello}), {@code descriptor} the JVM method descriptor.
 */
public record MethodReference(String owner, String name, String descriptor) {
    /** {@code org.example.Hello.main([Ljava/lang/String;)V}: the form symbols and messages use. */
    @Override
    public String toString() {
        return owner.replace('/', '.') + "." + name + descriptor;
    }
}
