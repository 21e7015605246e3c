package org.torito.test.corpus.errors;

/**
 * What rethrowing keeps: the same object rethrown through several frames keeps the trace of its creation,
 * fillInStackTrace moves it to the rethrow site, a cached exception keeps its first trace, and wrapping adds one.
 */
public final class RethrowPreservesTrace {
    static final IllegalStateException CACHED = new IllegalStateException("cached instance");

    private RethrowPreservesTrace() {
    }

    static void origin(int code) {
        if (code < 0) {
            throw new IllegalArgumentException("code " + code);
        }
    }

    static void middle(int code) {
        try {
            origin(code);
        } catch (IllegalArgumentException e) {
            System.out.println("middle saw " + e.getMessage());
            throw e;
        }
    }

    static void refill(int code) {
        try {
            origin(code);
        } catch (IllegalArgumentException e) {
            e.fillInStackTrace();
            throw e;
        }
    }

    static void cached() {
        throw CACHED;
    }

    static void finallyRethrow(int code) {
        try {
            middle(code);
        } finally {
            System.out.println("finally ran for " + code);
        }
    }

    public static void main(String[] args) {
        try {
            finallyRethrow(-1);
        } catch (IllegalArgumentException e) {
            e.printStackTrace(System.out);
        }
        try {
            refill(-2);
        } catch (IllegalArgumentException e) {
            e.printStackTrace(System.out);
        }
        for (int i = 0; i < 2; i++) {
            try {
                cached();
            } catch (IllegalStateException e) {
                System.out.println((e == CACHED) + " " + e.getStackTrace()[0].getMethodName());
                e.printStackTrace(System.out);
            }
        }
        try {
            try {
                middle(-3);
            } catch (RuntimeException e) {
                throw new RuntimeException("wrapped", e);
            }
        } catch (RuntimeException e) {
            e.printStackTrace(System.out);
        }
    }
}
