package org.torito.compiler.baseline;

/** The address of the interned {@code java.lang.String} object for a literal, as a relocation target. */
public record StringConstant(String value) {
}
