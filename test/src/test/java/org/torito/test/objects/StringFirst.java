package org.torito.test.objects;

import org.torito.test.support.Out;

/**
 * Uses a String's instance methods before any code initializes {@code String}: its length depends on
 * {@code COMPACT_STRINGS}, set by String's static initializer, which a JVM runs before the application.
 */
public final class StringFirst {
    public static void main(String[] args) {
        StringBuilder builder = new StringBuilder("Point[");
        builder.append("x=");
        Out.println(builder.toString());
        Out.println("length " + "Point[".length());
    }
}
