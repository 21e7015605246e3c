package org.torito.test.corpus.exceptions;

import org.torito.test.support.Out;

/**
 * try-with-resources written out by hand with nested try/finally (the real statement calls
 * Throwable.addSuppressed, which needs java.util): resources close in reverse order after the body, also when
 * the body or a constructor throws; a close that throws replaces nothing when the body already threw (the
 * body's exception wins, the close's is counted), and a null resource is skipped.
 */
public final class ResourceCleanup {
    static final class Trouble extends Exception {
        private static final long serialVersionUID = 1L;
        final int id;

        Trouble(int id) {
            this.id = id;
        }
    }

    static final class Resource {
        final int id;
        private final boolean failOnClose;

        Resource(int id, boolean failOnClose, boolean failOnOpen) throws Trouble {
            if (failOnOpen) {
                throw new Trouble(id * 1000);
            }
            this.id = id;
            this.failOnClose = failOnClose;
            Out.print("open ");
            Out.println(id);
        }

        void close() throws Trouble {
            Out.print("close ");
            Out.println(id);
            if (failOnClose) {
                throw new Trouble(-id);
            }
        }
    }

    private static int failBody;
    private static int swallowed;

    private ResourceCleanup() {
    }

    /** Closes r after body, as try-with-resources does; a close failure after a body failure is counted only. */
    static void closeAfter(Resource r, Throwable primary) throws Trouble {
        if (r == null) {
            return;
        }
        if (primary == null) {
            r.close();
            return;
        }
        try {
            r.close();
        } catch (Trouble t) {
            swallowed++;
        }
    }

    static void use(boolean bodyFails, boolean closeFails, boolean secondOpenFails) throws Trouble {
        Resource a = new Resource(1, false, false);
        Throwable primaryA = null;
        try {
            Resource b = new Resource(2, closeFails, secondOpenFails);
            Throwable primaryB = null;
            try {
                Out.print("body ");
                Out.println(a.id * 10 + b.id);
                if (bodyFails) {
                    throw new Trouble(failBody);
                }
            } catch (Trouble | RuntimeException t) {
                primaryB = t;
                throw t;
            } finally {
                closeAfter(b, primaryB);
            }
        } catch (Trouble | RuntimeException t) {
            primaryA = t;
            throw t;
        } finally {
            closeAfter(a, primaryA);
        }
    }

    public static void main(String[] args) {
        failBody = 99;
        swallowed = 0;
        for (int mode = 0; mode < 6; mode++) {
            try {
                use(mode % 2 == 1, mode >= 2 && mode < 4, mode >= 4);
                Out.println("clean");
            } catch (Trouble t) {
                Out.print("trouble ");
                Out.println(t.id);
            }
        }
        Out.println(swallowed);
        Resource none = null;
        try {
            try {
                Out.print(none == null);
                Out.println();
            } finally {
                closeAfter(none, null);
            }
        } catch (Trouble t) {
            Out.println("not reached");
        }
    }
}
