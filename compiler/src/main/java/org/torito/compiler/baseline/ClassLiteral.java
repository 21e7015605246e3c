package org.torito.compiler.baseline;

/** The {@code java.lang.Class} object of a type ({@code ldc Foo.class}), as a relocation target. */
public record ClassLiteral(String descriptor) {
    @Override
    public String toString() {
        return "class literal " + descriptor;
    }
}
