package org.torito.test.corpus.exceptions;

import org.torito.test.support.Out;

/**
 * Exceptions are ordinary objects: kept in fields and arrays, thrown more than once (the same instance is
 * caught each time), created without being thrown, carrying mutable state that handlers update; checked
 * exceptions, Errors and Throwable itself are caught by type.
 */
public final class ExceptionObjects {
    static final class Counted extends RuntimeException {
        private static final long serialVersionUID = 1L;
        int timesCaught;
    }

    static final class Checked extends Exception {
        private static final long serialVersionUID = 1L;
        final long payload;

        Checked(long payload) {
            this.payload = payload;
        }
    }

    static final class Custom extends Throwable {
        private static final long serialVersionUID = 1L;
    }

    static final class Broken extends Error {
        private static final long serialVersionUID = 1L;
    }

    private static final Counted SHARED = new Counted();
    private static Throwable[] pending;

    private ExceptionObjects() {
    }

    static void throwShared() {
        throw SHARED;
    }

    static void throwAny(Throwable t) throws Throwable {
        throw t;
    }

    public static void main(String[] args) {
        SHARED.timesCaught = 0;
        for (int i = 0; i < 5; i++) {
            try {
                throwShared();
            } catch (Counted c) {
                c.timesCaught++;
                Out.print(c == SHARED);
                Out.print(' ');
            }
        }
        Out.println();
        Out.println(SHARED.timesCaught);
        pending = new Throwable[] {new Checked(1L << 50), new Broken(), new Custom(), SHARED,
            new ArithmeticException(), new Error(), new Throwable(), new Exception()};
        for (Throwable t : pending) {
            try {
                throwAny(t);
            } catch (Checked c) {
                Out.print("Checked ");
                Out.println(c.payload);
            } catch (RuntimeException r) {
                Out.print("RuntimeException ");
                Out.print(r == SHARED);
                Out.println();
            } catch (Exception e) {
                Out.println("Exception");
            } catch (Error e) {
                Out.print("Error ");
                Out.print(e instanceof Broken);
                Out.println();
            } catch (Throwable other) {
                Out.print("Throwable ");
                Out.print(other instanceof Custom);
                Out.println();
            }
        }
        Checked kept = new Checked(7);
        Out.println(kept.payload);
        int sum = 0;
        for (int i = 0; i < pending.length; i++) {
            sum += pending[i] instanceof Exception ? 1 : 0;
            sum += pending[i] instanceof Error ? 10 : 0;
        }
        Out.println(sum);
    }
}
