package org.torito.test.programs;

/** Allocates an object, which the first baseline compiler cannot compile: the image build must say where. */
public final class UsesObjects {
    private UsesObjects() {
    }

    public static void main(String[] args) {
        helper();
    }

    static void helper() {
        Object o = new Object();
        if (o.hashCode() == 42) {
            helper();
        }
    }
}
