package org.torito.test.programs;

/** A class without a main method, for the image writer's error. */
public final class NoMain {
    private NoMain() {
    }

    public static int answer() {
        return 42;
    }
}
