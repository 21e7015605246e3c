package org.torito.test.programs;

/**
 * Reaches string concatenation (invokedynamic) and a native method without a substitution: the image build
 * must say where, for each.
 */
public final class UsesObjects {
    private static int count;

    private UsesObjects() {
    }

    public static void main(String[] args) {
        if (count == 1) {
            describe(count);
        }
    }

    static String describe(int x) {
        return "x=" + x;
    }
}
