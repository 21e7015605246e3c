package org.torito.vm.object;

/**
 * Where {@code java.lang.String}'s fields sit under {@link FieldLayout}: JDK 17's String has {@code value}
 * (byte[]), {@code hash} (int), {@code coder} (byte) and {@code hashIsZero} (boolean). Low-level code that
 * must read a string without calling its methods (the early console, panics) uses these; the image writer
 * checks them against the layout it computes from the JDK's own class and refuses to build if they differ.
 */
public final class StringLayout {
    public static final int VALUE_OFFSET = ObjectLayout.HEADER_BYTES;
    public static final int HASH_OFFSET = VALUE_OFFSET + 8;
    public static final int CODER_OFFSET = HASH_OFFSET + 4;
    public static final int HASH_IS_ZERO_OFFSET = CODER_OFFSET + 1;
    /** {@code coder} of a string whose chars all fit in one byte each (JDK compact strings). */
    public static final byte LATIN1 = 0;
    /** {@code coder} of a string stored as UTF-16 chars, two bytes each, little-endian on x86. */
    public static final byte UTF16 = 1;

    private StringLayout() {
    }
}
