package org.torito.test.programs;

/** Calls a native method no substitution covers: the image build must name it. */
public final class UsesNative {
    private UsesNative() {
    }

    static native int answer();

    public static void main(String[] args) {
        if (answer() == 42) {
            main(args);
        }
    }
}
