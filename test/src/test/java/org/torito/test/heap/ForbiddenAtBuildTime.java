package org.torito.test.heap;

/** Its {@link Holder} reaches a thread: initializing it at build time must fail the build, naming the path. */
public final class ForbiddenAtBuildTime {
    private ForbiddenAtBuildTime() {
    }

    /** Holds host state. */
    static final class Holder {
        static final Object[] THINGS = {"fine", new java.util.ArrayList<>(java.util.List.of(new Thread()))};

        private Holder() {
        }
    }

    public static void main(String[] args) {
        System.out.println(Holder.THINGS.length);
    }
}
