package org.torito.test.programs;

/**
 * Reaches a record's generated {@code toString} (invokedynamic through {@code ObjectMethods}, a bootstrap not
 * desugared yet): the image build must say where.
 */
public final class UsesRecordToString {
    private static int count;

    private UsesRecordToString() {
    }

    record Point(int x, int y) {
    }

    public static void main(String[] args) {
        if (count == 1) {
            describe();
        }
    }

    static void describe() {
        new Point(1, 2).toString();
    }
}
