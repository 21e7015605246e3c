package org.torito.test.programs;

/**
 * Reaches a lambda (invokedynamic through LambdaMetafactory, not desugared yet): the image build must say
 * where.
 */
public final class UsesObjects {
    private static int count;

    private UsesObjects() {
    }

    public static void main(String[] args) {
        if (count == 1) {
            describe();
        }
    }

    static void describe() {
        Runnable r = () -> count++;
        r.run();
    }
}
