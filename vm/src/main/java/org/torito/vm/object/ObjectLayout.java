package org.torito.vm.object;

/**
 * The layout of every object: the one definition the compiler, the image writer, the runtime and the GC use.
 *
 * <pre>
 *   offset 0   type information block (TIB) pointer   8 bytes
 *   offset 8   status word: lock bits, identity hash, GC bits   8 bytes
 *   offset 16  instance fields ({@link FieldLayout}), or for arrays:
 *   offset 16  array length (int, padded to 8 bytes)
 *   offset 24  array elements
 * </pre>
 * References are 64-bit addresses of the header. Objects are 8-byte aligned.
 */
public final class ObjectLayout {
    public static final int TIB_OFFSET = 0;
    public static final int STATUS_OFFSET = TIB_OFFSET + 8;
    public static final int HEADER_BYTES = STATUS_OFFSET + 8;
    public static final int ARRAY_LENGTH_OFFSET = HEADER_BYTES;
    public static final int ARRAY_ELEMENTS_OFFSET = ARRAY_LENGTH_OFFSET + 8;
    public static final int LOG_BYTES_IN_ALIGNMENT = 3;
    public static final int ALIGNMENT_BYTES = 1 << LOG_BYTES_IN_ALIGNMENT;

    private ObjectLayout() {
    }

    /** {@code bytes} rounded up to the object alignment. */
    public static long align(long bytes) {
        return (bytes + ALIGNMENT_BYTES - 1) & -ALIGNMENT_BYTES;
    }

    /** The size in bytes of an array of {@code length} elements of {@code elementBytes} each. */
    public static long arraySize(int elementBytes, int length) {
        return align(ARRAY_ELEMENTS_OFFSET + (long) elementBytes * length);
    }
}
